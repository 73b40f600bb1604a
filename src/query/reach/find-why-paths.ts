import { SCHEMA_VERSION } from '../../model/schema/common.js';
import type { QueryHop, WhyResult } from '../../model/schema/graph-query.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { queryHop, queryNode } from './query-node.js';

/** Paths compared node by node, so the order never depends on the locale. */
function byPath(left: readonly string[], right: readonly string[]): number {
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) return left[index]! < right[index]! ? -1 : 1;
  }
  return 0;
}

/** More paths than this are cut (a hub fragment can reach a consumer a combinatorial number of ways). */
export const MAX_WHY_PATHS = 200;

export interface WhyStart {
  /** Where the start nodes come from, for the result's `from`. */
  from: WhyResult['from'];
  /** Start node ids; with `from: 'roots'`, ignored (every node nothing feeds). */
  ids: readonly string[];
}

/**
 * Why `target` depends on the start nodes: every simple path from one of them
 * to it, each hop with the line that makes it, shortest first. Only nodes that
 * can still reach the target are walked, so the search stays within the
 * target's upstream; the first MAX_WHY_PATHS are kept.
 */
export function findWhyPaths(graph: PromptGraph, target: string, start: WhyStart): WhyResult {
  const upstream = new Set<string>([target]);
  const queue = [target];
  for (let head = 0; head < queue.length; head++) {
    for (const step of graph.dependencies(queue[head]!)) {
      if (upstream.has(step.id)) continue;
      upstream.add(step.id);
      queue.push(step.id);
    }
  }
  const starts =
    start.from === 'roots'
      ? [...upstream].filter((id) => id !== target && graph.dependencies(id).length === 0)
      : start.ids.filter((id) => id !== target && upstream.has(id));

  const found: { nodes: string[]; hops: QueryHop[] }[] = [];
  let truncated = false;
  // Depth first over the current path with an explicit stack: a 5,000-link chain is one path of 5,000
  // nodes, which a recursive walk (copying the path at every step) took quadratic time and stack for.
  const path: string[] = [];
  const hops: QueryHop[] = [];
  const onPath = new Set<string>();
  const frames: { id: string; steps: ReturnType<PromptGraph['dependents']>; next: number }[] = [];
  const enter = (id: string, hop?: QueryHop) => {
    path.push(id);
    if (hop) hops.push(hop);
    onPath.add(id);
    frames.push({ id, steps: id === target ? [] : graph.dependents(id), next: 0 });
    if (id !== target) return;
    if (found.length >= MAX_WHY_PATHS) truncated = true;
    else found.push({ nodes: [...path], hops: [...hops] });
  };
  for (const start of [...starts].sort()) {
    if (truncated) break;
    enter(start);
    while (frames.length && !truncated) {
      const frame = frames[frames.length - 1]!;
      if (frame.next === frame.steps.length) {
        frames.pop();
        onPath.delete(path.pop()!);
        hops.length = Math.max(path.length - 1, 0);
        continue;
      }
      const step = frame.steps[frame.next++]!;
      if (upstream.has(step.id) && !onPath.has(step.id)) enter(step.id, queryHop(graph, frame.id, step.id, step.edge));
    }
    frames.length = 0;
    path.length = 0;
    hops.length = 0;
    onPath.clear();
  }
  found.sort((left, right) => left.nodes.length - right.nodes.length || byPath(left.nodes, right.nodes));
  const sources = [...new Set(found.map((path) => path.nodes[0]!))].sort();
  return {
    schemaVersion: SCHEMA_VERSION,
    root: graph.result.root,
    target: queryNode(graph.node(target)!),
    from: start.from,
    sources: sources.map((id) => queryNode(graph.node(id)!)),
    paths: found,
    truncated,
  };
}
