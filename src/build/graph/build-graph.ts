import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphEdge, GraphNode, ParameterSlot } from '../../model/schema/scan-result.js';
import type { ResolvedReferences } from '../resolve/resolve-references.js';
import { describeCycle, findIncludeCycles } from './find-include-cycles.js';
import { keptUnitIds } from './prune-candidates.js';
import { settleKind } from './settle-kind.js';
import { hashLines } from './hash-lines.js';
import { dedupeEdges } from './dedupe-edges.js';
import { compareText } from '../../model/compare-text.js';
import { scopeWithFiles } from './rule-scope-files.js';
import { agentNode } from './agent-node.js';
import { limitImportDepth } from './limit-import-depth.js';
import { agentNodeId } from '../../model/node-ids.js';

export interface BuiltGraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  diagnostics: Diagnostic[];
}

/**
 * Turns resolved units and edges into graph nodes: drops candidates that take no
 * part in prompt flow, settles each text unit's kind from how it is used, hashes
 * each node's source lines (for line-precise change detection) and reports
 * include cycles. Owners are added afterwards by the ownership stage.
 */
export function buildGraph(
  resolved: ResolvedReferences,
  fileTexts: ReadonlyMap<string, string>,
  /** The repository's files an instruction file's scope counts (tests included). */
  allFiles: readonly string[] = [...fileTexts.keys()],
  /** Units kept whatever uses them (text a published package exports). */
  published: readonly string[] = [],
): BuiltGraph {
  const kept = keptUnitIds(resolved.units.byId.values(), resolved.edges, [
    ...resolved.remotes.keys(),
    ...resolved.wrappers,
    ...resolved.agents.map(agentNodeId),
    ...published,
  ]);
  const facts = new Map([...resolved.units.byId].map(([id, { file, unit }]) => [id, { file, format: unit.format }]));
  const limited = limitImportDepth(
    facts,
    dedupeEdges(resolved.edges.filter((edge) => kept.has(edge.from) && kept.has(edge.to))),
  );
  const edges = limited.edges;
  const included = new Set(edges.filter((edge) => edge.kind === 'includes').map((edge) => edge.to));
  const consumed = new Set(edges.filter((edge) => edge.kind === 'consumes').map((edge) => edge.to));

  const nodes: GraphNode[] = [];
  const linesOf = new Map<string, string[]>();
  const fileLines = (file: string): string[] | undefined => {
    if (!linesOf.has(file) && fileTexts.has(file)) linesOf.set(file, fileTexts.get(file)!.split('\n'));
    return linesOf.get(file);
  };
  for (const { id, file, unit } of resolved.units.byId.values()) {
    if (!kept.has(id)) continue;
    const { kind, roles } = settleKind(unit.role, included.has(id), consumed.has(id));
    const lines = fileLines(file);
    nodes.push({
      id,
      kind,
      ...(roles ? { roles } : {}),
      file,
      ...(unit.symbol ? { symbol: unit.symbol } : {}),
      ...(unit.name ? { name: unit.name } : {}),
      range: unit.range,
      format: unit.format,
      owners: [],
      variables: [...new Set(unit.variables)].sort(),
      ...(unit.text !== undefined ? { text: unit.text } : {}),
      ...(unit.variants?.length ? { variants: unit.variants } : {}),
      ...(unit.parameters?.length ? { parameters: sortParameters(unit.parameters) } : {}),
      ...(lines ? { hash: hashLines(lines, unit.range) } : {}),
      ...(unit.flags?.length ? { flags: [...new Set(unit.flags)].sort() } : {}),
      ...(unit.scope ? { scope: scopeWithFiles(unit.scope, allFiles) } : {}),
      ...(unit.meta && Object.keys(unit.meta).length ? { meta: unit.meta } : {}),
      ...(unit.viewOf ? { viewOf: unit.viewOf } : {}),
    });
  }
  for (const [id, remote] of resolved.remotes) {
    nodes.push({
      id,
      kind: 'prompt',
      roles: ['prompt'],
      file: '',
      symbol: remote.name,
      name: remote.name,
      range: { start: 1, end: 1 },
      format: remote.registry,
      owners: [],
      variables: [],
      remote,
    });
  }
  for (const tool of resolved.agents) nodes.push(agentNode(tool));

  const diagnostics = [...resolved.diagnostics, ...limited.diagnostics];
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const loop of findIncludeCycles(edges)) {
    const first = byId.get(loop.cycle[0]!);
    diagnostics.push({
      severity: 'error',
      code: 'include-cycle',
      file: first?.file ?? '',
      line: first?.range.start ?? 0,
      message: `include cycle: ${describeCycle(loop)}; composition stops at the repeat`,
    });
  }
  return { nodes, edges, diagnostics };
}

/** One entry per placeholder, by index, key, placeholder: an adapter may meet the same use twice (a function with several returns). */
function sortParameters(parameters: ParameterSlot[]): ParameterSlot[] {
  const unique = new Map(parameters.map((slot) => [slot.placeholder, slot]));
  return [...unique.values()]
    .map(
      (slot): ParameterSlot => ({
        name: slot.name,
        index: slot.index,
        ...(slot.key !== undefined ? { key: slot.key } : {}),
        placeholder: slot.placeholder,
        ...(slot.apply?.length ? { apply: slot.apply } : {}),
      }),
    )
    .sort(
      (left, right) =>
        left.index - right.index ||
        compareText(left.key ?? '', right.key ?? '') ||
        compareText(left.placeholder, right.placeholder),
    );
}
