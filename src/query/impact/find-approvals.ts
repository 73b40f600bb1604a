import type { Approval, UnknownReach } from '../../model/schema/impact-result.js';
import type { ImpactInput, ReviewData } from './impact-input.js';
import { codeownersRules, ruleLabel } from './codeowners-rules.js';
import { ownerGroups } from './owner-groups.js';
import type { ImpactGraphs } from './impact-graphs.js';
import { contractOf } from '../../build/contract/contract-meta.js';
import { ApprovalRequests, type Place } from './approval-requests.js';
import { codeownerFiles } from './codeowner-files.js';
import { governingContracts } from './impact-graphs.js';
import { CODEOWNERS_LOCATIONS } from '../../build/ownership/codeowners.js';

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

/**
 * Who must approve: the approvers of every contract governing a changed node
 * (`{ team, count }` included), as the contract reads at the base, as GitHub
 * reads CODEOWNERS from the base branch (a contract new in the change applies as
 * written; one that governed the node at the base still does, even when the
 * change points it elsewhere); a changed contract: one of its own owners and
 * its approvers as they were at the base. Then one code owner of each CODEOWNERS
 * rule deciding a changed file that holds a changed node or that one depends on
 * (`codeowner-files.ts`; `codeowners` maps each changed file to its rules, from
 * the base's CODEOWNERS when there is a base), and of a changed CODEOWNERS file
 * itself; the owners of each changed prompt whose consumers are
 * unknown (`unknown`), and the owners of the consumers and prompts it reaches
 * when a governing contract says `downstream_approval: required` (`notify`
 * lists them as not required).
 * As on GitHub, a group of owners (one CODEOWNERS line, one node's owners) is
 * satisfied by any one of them; a contract's approvers are each required. An
 * entry is `satisfied` by the approvals in `review`; a team's members (from
 * review data) count towards it, and so does the team handle itself.
 */
export function findApprovals(
  graphs: ImpactGraphs,
  changed: readonly ChangedRef[],
  affected: readonly AffectedRef[],
  codeowners: ImpactInput['codeowners'] & {},
  review: ReviewData,
  options: { knownTeams?: ReadonlySet<string>; unknown?: readonly UnknownReach[] } = {},
): Approval[] {
  const requests = new ApprovalRequests();
  const need: ApprovalRequests['need'] = (...args) => requests.need(...args);
  const approvalsFrom = (team: string, count: number) => `${count} approval${count > 1 ? 's' : ''} from ${team}`;
  const contractPlace = (id: string): Place => {
    const contract = graphs.latest(id);
    return { file: contract?.file ?? '', line: Math.max(contract?.range.start ?? 1, 1) };
  };

  for (const node of changed) {
    if (node.kind === 'contract') {
      // A contract change is approved by the contract as it was, so a change cannot drop its own approvers.
      const before = contractOf(graphs.base?.node(node.renamedFrom ?? node.id));
      const at = { file: node.file, line: 1 };
      need(before?.owners ?? [], 1, true, 'contract', `owner in ${node.id} (at the base) of the changed contract`, at);
      for (const approver of before?.approvers ?? []) {
        if (typeof approver === 'string')
          need([approver], 1, true, 'contract', `approver in ${node.id} (at the base) of the changed contract`, at);
        else
          need(
            [approver.team],
            approver.count,
            true,
            'contract',
            `${approvalsFrom(approver.team, approver.count)} required by ${node.id} (at the base) for changing it`,
            at,
          );
      }
      continue;
    }
    for (const contractId of contractsOf(graphs, node)) {
      const contract = contractOf(graphs.base?.node(contractId)) ?? contractOf(graphs.latest(contractId));
      if (!contract) continue;
      const at = contractPlace(contractId);
      for (const approver of contract.approvers) {
        if (typeof approver === 'string')
          need([approver], 1, true, 'contract', `approver in ${contractId} for changed`, at, { id: node.id });
        else
          need(
            [approver.team],
            approver.count,
            true,
            'contract',
            `${approvalsFrom(approver.team, approver.count)} required by ${contractId} for changed`,
            at,
            { id: node.id },
          );
      }
      if (contract.downstream_approval === 'none') continue;
      const required = contract.downstream_approval === 'required';
      const downstream = graphs.graphOf(node.id).downstream([node.id]);
      for (const reached of affected) {
        if (!downstream.has(reached.id)) continue;
        const ownership = graphs.latest(reached.id)?.ownership;
        const groups = ownerGroups({ owners: reached.owners, ...(ownership ? { ownership } : {}) });
        for (const group of groups)
          need(
            group.owners,
            1,
            required,
            'downstream',
            'owns affected',
            at,
            { id: reached.id, kind: reached.kind },
            ` (${contractId} says downstream_approval: ${contract.downstream_approval})`,
          );
      }
    }
  }
  for (const gap of options.unknown ?? []) {
    const node = graphs.latest(gap.id);
    const at = { file: node?.file ?? '', line: Math.max(node?.range.start ?? 1, 1) };
    for (const group of ownerGroups(node))
      need(
        group.owners,
        1,
        true,
        'owners',
        `${group.via ? `owner (${group.via})` : 'owner'} of changed`,
        at,
        { id: gap.id, kind: node?.kind ?? 'prompt' },
        ', whose consumers are unknown',
      );
  }
  const rules = (file: string) => codeownersRules(codeowners[file]);
  for (const { file, dependents } of codeownerFiles(graphs, changed, Object.keys(codeowners))) {
    const at = { file, line: 1 };
    for (const rule of rules(file)) {
      const count = rule.optional ? 1 : (rule.approvals ?? 1);
      const via = ruleLabel(rule);
      if (CODEOWNERS_LOCATIONS.includes(file))
        need(
          rule.owners,
          count,
          !rule.optional,
          'codeowners',
          `CODEOWNERS${via} owner (at the base) of the changed ownership`,
          at,
          {
            id: file,
            kind: 'file',
          },
        );
      else if (!dependents.length)
        need(rule.owners, count, !rule.optional, 'codeowners', `CODEOWNERS${via} owner of changed`, at, {
          id: file,
          kind: 'file',
        });
      for (const id of dependents)
        need(
          rule.owners,
          count,
          !rule.optional,
          'codeowners',
          `CODEOWNERS${via} owner of changed file ${file}, which changed`,
          at,
          { id },
          ' depends on',
        );
    }
  }

  return requests.approvals(review, options.knownTeams);
}

/** The contracts governing a changed node at the head and, under its base id, at the base. */
function contractsOf(graphs: ImpactGraphs, node: ChangedRef): string[] {
  const atBase = graphs.base?.node(node.renamedFrom ?? node.id)
    ? governingContracts(graphs.base, node.renamedFrom ?? node.id)
    : [];
  return [...new Set([...node.contracts, ...atBase])].sort();
}
