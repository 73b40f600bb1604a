import type { ReleaseContract } from '../../model/schema/release-report.js';
import { contractOf } from '../../build/contract/contract-meta.js';
import { governingContracts, type ImpactGraphs } from '../impact/impact-graphs.js';

/**
 * The contracts a prompt's change answers to: those governing the prompt and
 * those governing each changed fragment it changed through, each with its
 * approvers, invariants and evals as the contract says at the head (at the base
 * for one removed since).
 */
export function releaseContracts(graphs: ImpactGraphs, nodeIds: readonly string[]): ReleaseContract[] {
  const governs = new Map<string, Set<string>>();
  for (const id of nodeIds) {
    for (const contractId of governingContracts(graphs.graphOf(id), id)) {
      if (!governs.has(contractId)) governs.set(contractId, new Set());
      governs.get(contractId)!.add(id);
    }
  }
  const contracts: ReleaseContract[] = [];
  for (const [id, nodes] of governs) {
    const contract = contractOf(graphs.latest(id));
    if (!contract) continue;
    contracts.push({
      id,
      governs: [...nodes].sort(),
      owners: contract.owners,
      approvers: contract.approvers,
      downstream_approval: contract.downstream_approval,
      invariants: contract.invariants,
      evals: contract.evals.map((entry) => entry.name),
      ...(contract.version !== undefined ? { version: contract.version } : {}),
    });
  }
  return contracts.sort((left, right) => (left.id < right.id ? -1 : 1));
}
