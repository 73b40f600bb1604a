import type { AuditRule } from '../audit-rule.js';
import { isAuditedPromptText } from '../node-traits.js';
import { AGENT_INSTRUCTIONS_FORMAT } from '../../../model/agent-tools.js';
import { at, nodeLabel } from '../message-parts.js';

/** Prompt text nobody owns: no CODEOWNERS line and no contract gives it an owner, so nobody is asked when it changes. */
export const unownedPrompt: AuditRule = {
  id: 'unowned-prompt',
  title: 'Prompt without an owner',
  description:
    'A prompt or fragment that no CODEOWNERS line and no contract owns: nobody is asked to review a change to it, and nobody is asked when something it depends on changes. Add a CODEOWNERS line for its file, or a contract with `owners`.',
  defaultSeverity: 'warning',
  check({ result, graph }) {
    return (
      result.nodes
        // Agent instruction files have their own rule, unowned-instructions, which says who reads them.
        .filter(
          (node) =>
            isAuditedPromptText(graph, node) && node.format !== AGENT_INSTRUCTIONS_FORMAT && node.owners.length === 0,
        )
        // A subclass's view of an inherited member is its ancestor's lines: the ancestor's finding asks for their owner once.
        .filter((node) => !(node.viewOf && graph.node(node.viewOf)))
        .map((node) => {
          // A CODEOWNERS line with no owners un-owns on purpose; say which, so the fix is obvious.
          const unowning = node.ownership?.find((source) => source.via === 'codeowners' && source.owners.length === 0);
          const why = unowning
            ? `${unowning.file} line ${unowning.line} (${unowning.pattern ?? 'a pattern'}) un-owns it`
            : 'no CODEOWNERS line or contract owns it';
          return {
            ...at(node),
            nodes: [node.id],
            message: `${node.kind} ${nodeLabel(node)} has no owner: ${why}; add a CODEOWNERS line for ${node.file} or a contract with owners`,
          };
        })
    );
  },
};
