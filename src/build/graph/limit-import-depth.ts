import { AGENT_INSTRUCTIONS_FORMAT } from '../../model/agent-tools.js';
import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphEdge } from '../../model/schema/scan-result.js';

/** What the limit needs of a node: its file (none for remote prompts) and format. */
export type NodeFacts = ReadonlyMap<string, { file: string; format: string }>;

/**
 * How deep `@path` imports are expanded: Claude Code documents "a maximum depth
 * of five hops", and Gemini CLI's import processor stops at depth 5 by default.
 */
export const MAX_IMPORT_HOPS = 5;

/** An `@path` import (not a PromptLayer `@@@name@@@` reference) of a file. */
const isImport = (edge: GraphEdge, byId: NodeFacts): boolean =>
  edge.kind === 'includes' && /^@[^@]/.test(edge.placeholder ?? '') && (byId.get(edge.to)?.file ?? '') !== '';

/**
 * Drops the imports an agent never expands: those more than five hops from the
 * instruction file that starts the chain, each reported where it is written, so
 * the map shows what the agent reads, not what the files name.
 */
export function limitImportDepth(
  byId: NodeFacts,
  edges: GraphEdge[],
): { edges: GraphEdge[]; diagnostics: Diagnostic[] } {
  const imports = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    if (!isImport(edge, byId)) continue;
    imports.set(edge.from, [...(imports.get(edge.from) ?? []), edge]);
  }
  if (!imports.size) return { edges, diagnostics: [] };
  const depth = new Map<string, number>();
  const queue = [...byId].filter(([, node]) => node.format === AGENT_INSTRUCTIONS_FORMAT).map(([id]) => id);
  for (const id of queue) depth.set(id, 0);
  const dropped = new Set<GraphEdge>();
  const diagnostics: Diagnostic[] = [];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head]!;
    const hops = depth.get(id)! + 1;
    for (const edge of imports.get(id) ?? []) {
      // Beyond the limit the file is not read through this chain, so neither are its own imports.
      if (hops > MAX_IMPORT_HOPS) {
        dropped.add(edge);
        diagnostics.push({
          severity: 'warning',
          code: 'import-too-deep',
          file: byId.get(id)?.file ?? '',
          line: edge.line ?? 0,
          message: `${edge.placeholder} is import hop ${hops} from the nearest instruction file; Claude Code and Gemini CLI expand imports ${MAX_IMPORT_HOPS} hops deep, so the agent never reads ${byId.get(edge.to)?.file}: import it from a file nearer the top`,
        });
        continue;
      }
      if (depth.has(edge.to)) continue;
      depth.set(edge.to, hops);
      queue.push(edge.to);
    }
  }
  return { edges: edges.filter((edge) => !dropped.has(edge)), diagnostics };
}
