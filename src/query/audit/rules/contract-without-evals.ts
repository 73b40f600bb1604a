import type { AuditRule } from '../audit-rule.js';
import { at, plural } from '../message-parts.js';

/** A contract with no `evals`: a change to what it governs can merge with no eval ever run, and `check` has nothing to require. */
export const contractWithoutEvals: AuditRule = {
  id: 'contract-without-evals',
  title: 'Contract without evals',
  description:
    "A contract that lists no evals. `promptgraph check` can only require approvals for a change to the prompts it governs; nothing tests the behaviour its invariants describe. Add `evals`, at least one `composed` eval that runs the consumers' whole pipeline.",
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return result.nodes
      .filter((node) => node.kind === 'contract' && !node.flags?.includes('invalid'))
      .filter((node) => !Array.isArray(node.meta?.evals) || node.meta.evals.length === 0)
      .map((node) => {
        const governed = graph.outgoing(node.id, ['governs']).map((edge) => edge.to);
        return {
          ...at(node),
          line: 1,
          endLine: 1,
          nodes: [node.id, ...governed],
          message: `contract ${node.file} lists no evals, so a change to ${governed.length ? `the ${plural(governed.length, 'prompt')} it governs` : 'what it governs'} can merge untested; add evals (isolated and composed)`,
        };
      });
  },
};
