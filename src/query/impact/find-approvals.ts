import type { Approval } from '../../model/schema/impact-result.js';
import type { ReviewData } from './impact-input.js';
import type { ImpactGraphs } from './impact-graphs.js';
import { contractOf } from '../../build/contract/contract-meta.js';
import { ReasonGroups, type ReasonItem } from './reason-groups.js';
import { codeownerFiles } from './codeowner-files.js';

interface ChangedRef {
  id: string;
  kind: string;
  file: string;
  renamedFrom?: string;
  contracts: string[];
}

interface AffectedRef {
  id: string;
  kind: string;
  owners: string[];
}

type Source = Approval['sources'][number];

/**
 * Who must approve: the approvers of every contract governing a changed node
 * (`{ team, count }` included; a changed contract: its own owners and approvers
 * as they were at the base), the CODEOWNERS owners of the changed files that
 * hold a changed node or that one depends on (`codeowner-files.ts`; `codeowners`
 * maps each changed file to its owners), and the owners of the consumers and
 * prompts it reaches when a governing contract says `downstream_approval:
 * required` (`notify` lists them as not required).
 * Each entry is `satisfied` by the approvals in `review`; a team's members (from
 * review data) count towards it, and so does the team handle itself.
 */
export function findApprovals(
  graphs: ImpactGraphs,
  changed: readonly ChangedRef[],
  affected: readonly AffectedRef[],
  codeowners: Record<string, string[]>,
  review: ReviewData,
): Approval[] {
  const approvals = new Map<string, Pending>();
  const need = (
    approver: string,
    count: number,
    required: boolean,
    source: Source,
    head: string,
    item?: ReasonItem,
    tail?: string,
  ) => {
    const existing = approvals.get(approver) ?? { approver, count, required, sources: [], reasons: new ReasonGroups() };
    existing.count = Math.max(existing.count, count);
    existing.required ||= required;
    if (!existing.sources.includes(source)) existing.sources.push(source);
    existing.reasons.add(head, item, tail);
    approvals.set(approver, existing);
  };
  const approvalsFrom = (team: string, count: number) => `${count} approval${count > 1 ? 's' : ''} from ${team}`;

  for (const node of changed) {
    if (node.kind === 'contract') {
      // A contract change is approved by the contract as it was, so a change cannot drop its own approvers.
      const before = contractOf(graphs.base?.node(node.renamedFrom ?? node.id));
      for (const owner of before?.owners ?? [])
        need(owner, 1, true, 'contract', `owner in ${node.id} (at the base) of the changed contract`);
      for (const approver of before?.approvers ?? []) {
        if (typeof approver === 'string')
          need(approver, 1, true, 'contract', `approver in ${node.id} (at the base) of the changed contract`);
        else
          need(
            approver.team,
            approver.count,
            true,
            'contract',
            `${approvalsFrom(approver.team, approver.count)} required by ${node.id} (at the base) for changing it`,
          );
      }
      continue;
    }
    for (const contractId of node.contracts) {
      const contract = contractOf(graphs.latest(contractId));
      if (!contract) continue;
      for (const approver of contract.approvers) {
        if (typeof approver === 'string')
          need(approver, 1, true, 'contract', `approver in ${contractId} for changed`, { id: node.id });
        else
          need(
            approver.team,
            approver.count,
            true,
            'contract',
            `${approvalsFrom(approver.team, approver.count)} required by ${contractId} for changed`,
            { id: node.id },
          );
      }
      if (contract.downstream_approval === 'none') continue;
      const required = contract.downstream_approval === 'required';
      const downstream = graphs.graphOf(node.id).downstream([node.id]);
      for (const reached of affected) {
        if (!downstream.has(reached.id)) continue;
        for (const owner of reached.owners) {
          need(
            owner,
            1,
            required,
            'downstream',
            'owns affected',
            { id: reached.id, kind: reached.kind },
            ` (${contractId} says downstream_approval: ${contract.downstream_approval})`,
          );
        }
      }
    }
  }
  for (const { file, dependents } of codeownerFiles(graphs, changed, Object.keys(codeowners))) {
    for (const owner of codeowners[file] ?? []) {
      if (!dependents.length)
        need(owner, 1, true, 'codeowners', 'CODEOWNERS owner of changed', { id: file, kind: 'file' });
      for (const id of dependents)
        need(
          owner,
          1,
          true,
          'codeowners',
          `CODEOWNERS owner of changed file ${file}, which changed`,
          { id },
          ' depends on',
        );
    }
  }

  return [...approvals.values()]
    .map(({ reasons, ...approval }): Approval => {
      const approvedBy = countingApprovals(approval.approver, review);
      return {
        ...approval,
        sources: approval.sources.sort(),
        why: reasons.sentences(),
        approvedBy,
        satisfied: approvedBy.length >= approval.count,
      };
    })
    .sort((left, right) => (left.approver < right.approver ? -1 : 1));
}

/** An approval being gathered: its reasons are grouped so a reason shared by many nodes is said once. */
interface Pending extends Omit<Approval, 'approvedBy' | 'satisfied' | 'why'> {
  reasons: ReasonGroups;
}

function countingApprovals(approver: string, review: ReviewData): string[] {
  const members = new Set([approver, ...(review.teams?.[approver] ?? [])]);
  return [...new Set(review.approvedBy.filter((handle) => members.has(handle)))].sort();
}
