import type { AuditRule } from '../audit-rule.js';
import { isFragment, isLocalPromptText } from '../node-traits.js';
import { at, nodeLabel, plural } from '../message-parts.js';
import { ownersPhrase } from '../../../model/owner-handle.js';

/**
 * The cross-team dependency nobody declared: a fragment whose dependents (the
 * prompts that include it and the consumers that send them) belong to two or
 * more owners (teams, or individual users, each counted as what it is), with no contract saying who approves a change and which evals run.
 */
export const sharedWithoutContract: AuditRule = {
  id: 'shared-without-contract',
  title: 'Shared fragment without a contract',
  description:
    'A fragment included, directly or through other fragments, by prompts and consumers of two or more teams, and governed by no contract. A change to it reaches every one of those teams, yet nothing names its approvers, its invariants or the evals that must run. Add a contract (`prompt:` its path) with owners, approvers, `downstream_approval` and evals.',
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return result.nodes.flatMap((node) => {
      if (!isLocalPromptText(node) || !isFragment(node) || graph.incoming(node.id, ['governs']).length) return [];
      const dependents = [...graph.downstream([node.id]).keys()]
        .map((id) => graph.node(id)!)
        .filter((dependent) => dependent.kind === 'consumer' || dependent.kind === 'prompt');
      const owners = [...new Set(dependents.flatMap((dependent) => dependent.owners))].sort();
      if (owners.length < 2) return [];
      const consumers = dependents.filter((dependent) => dependent.kind === 'consumer').length;
      return [
        {
          ...at(node),
          nodes: [node.id, ...dependents.map((dependent) => dependent.id).sort()],
          message: `fragment ${nodeLabel(node)} reaches ${plural(dependents.length - consumers, 'prompt')}${consumers ? ` and ${plural(consumers, 'consumer')}` : ''} of ${ownersPhrase(owners)} and no contract governs it; add a contract naming its approvers and evals`,
        },
      ];
    });
  },
};
