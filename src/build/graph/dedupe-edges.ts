import type { GraphEdge, IncludeExpansion } from '../../model/schema/scan-result.js';
import { expansionsOf } from '../../model/include-expansions.js';
import { mergedCertainty } from '../../model/flow-certainty.js';

/**
 * One edge per (from, to, kind), keeping the earliest line; it follows a moving
 * pointer if any of the merged references does. An include placed more than once
 * (two calls of a function with different arguments, two spellings of one
 * constant) keeps every placement as an expansion, so composition fills each.
 * A consumes edge is possible only when every merged flow is (`flow-certainty.ts`).
 */
export function dedupeEdges(edges: GraphEdge[]): GraphEdge[] {
  const groups = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const key = `${edge.from}\0${edge.to}\0${edge.kind}`;
    const group = groups.get(key);
    if (group) group.push(edge);
    else groups.set(key, [edge]);
  }
  return [...groups.values()].map(mergeGroup);
}

function mergeGroup(group: GraphEdge[]): GraphEdge {
  const kept = group.reduce((earliest, edge) => ((edge.line ?? 0) < (earliest.line ?? 0) ? edge : earliest));
  // A unit referring twice to one registry prompt follows a moving pointer if either reference does: that one's label is the edge's.
  const moving = group.find((edge) => edge.moving);
  const { certainty: _certainty, via: _via, ...rest } = kept;
  const pointed: GraphEdge = moving && !kept.moving ? withPointerOf(rest, moving) : rest;
  // A variable read in several places is sent to a model if any of its reads is.
  const sent: GraphEdge = group.some((edge) => edge.sent) && !pointed.sent ? { ...pointed, sent: true } : pointed;
  const merged: GraphEdge = { ...sent, ...mergedCertainty(group) };
  const expansions = mergedExpansions(group);
  if (!expansions) return merged;
  return { ...merged, placeholder: expansions[0]!.placeholder, expansions };
}

function withPointerOf(edge: GraphEdge, pointer: GraphEdge): GraphEdge {
  const { label: _label, version: _version, ...rest } = edge;
  return {
    ...rest,
    moving: true,
    ...(pointer.label ? { label: pointer.label } : {}),
    ...(pointer.version ? { version: pointer.version } : {}),
  };
}

/**
 * Every distinct placement in source order: by line, then in the order the
 * adapter read them (one unit's references come from one file, in a fixed
 * order). Undefined when there is at most one and it binds nothing.
 */
function mergedExpansions(group: GraphEdge[]): IncludeExpansion[] | undefined {
  const placed = group.flatMap((edge) => expansionsOf(edge).map((expansion) => ({ line: edge.line ?? 0, expansion })));
  placed.sort((left, right) => left.line - right.line);
  const unique = new Map<string, IncludeExpansion>();
  for (const { expansion } of placed)
    if (!unique.has(expansion.placeholder)) unique.set(expansion.placeholder, expansion);
  const expansions = [...unique.values()];
  return expansions.length > 1 || expansions.some((expansion) => expansion.bindings.length) ? expansions : undefined;
}
