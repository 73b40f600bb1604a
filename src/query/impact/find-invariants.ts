import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import { contractOf } from '../../build/contract/contract-meta.js';

/** The invariants of every contract governing a changed or affected node: what reviewers must check. */
export function findInvariants(
  graphs: ImpactGraphs,
  nodes: readonly { id: string; contracts: string[] }[],
): ImpactResult['invariants'] {
  const byContract = new Map<string, { contract: string; nodes: string[]; invariants: string[] }>();
  for (const node of nodes) {
    for (const contractId of node.contracts) {
      const invariants = contractOf(graphs.latest(contractId))?.invariants ?? [];
      if (!invariants.length) continue;
      const entry = byContract.get(contractId) ?? { contract: contractId, nodes: [], invariants };
      if (!entry.nodes.includes(node.id)) entry.nodes.push(node.id);
      byContract.set(contractId, entry);
    }
  }
  return [...byContract.values()]
    .map((entry) => ({ ...entry, nodes: entry.nodes.sort() }))
    .sort((left, right) => (left.contract < right.contract ? -1 : 1));
}
