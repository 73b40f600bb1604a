import type { ImpactGraphs } from './impact-graphs.js';
import { contractOf, outputSchemaPath } from '../../build/contract/contract-meta.js';

/**
 * Contracts whose output interface changed: the `output` block differs between
 * base and head, or the schema file it points at is among the changed files.
 * Returns contract id → the ids of the prompts it governs at the head.
 */
export function findOutputChanges(graphs: ImpactGraphs, changedFiles: readonly string[]): Map<string, string[]> {
  const files = new Set(changedFiles);
  const changed = new Map<string, string[]>();
  for (const node of graphs.head.result.nodes) {
    const contract = contractOf(node);
    if (!contract) continue;
    const before = contractOf(graphs.base?.node(node.id));
    const schemaPath = outputSchemaPath(node);
    const blockChanged =
      graphs.base !== undefined &&
      before !== undefined &&
      JSON.stringify(before.output ?? null) !== JSON.stringify(contract.output ?? null);
    if (blockChanged || (schemaPath !== undefined && files.has(schemaPath))) {
      changed.set(
        node.id,
        graphs.head.outgoing(node.id, ['governs']).map((edge) => edge.to),
      );
    }
  }
  return changed;
}
