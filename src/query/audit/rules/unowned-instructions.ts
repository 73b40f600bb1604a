import type { AuditRule } from '../audit-rule.js';
import { AGENT_INSTRUCTIONS_FORMAT, AGENT_TOOLS, isAgentTool } from '../../../model/agent-tools.js';
import { at } from '../message-parts.js';

/** The tools that read an instruction file, by name, for the message. */
const readers = (agents: unknown): string =>
  Array.isArray(agents)
    ? agents
        .filter((agent): agent is string => typeof agent === 'string')
        .map((agent) => (isAgentTool(agent) ? AGENT_TOOLS[agent] : agent))
        .join(', ')
    : 'coding agents';

/**
 * An agent instruction file nobody owns: every engineer's agent run starts from
 * it, yet no CODEOWNERS line or contract names who reviews a change to it.
 */
export const unownedInstructions: AuditRule = {
  id: 'unowned-instructions',
  title: 'Agent instructions without an owner',
  description:
    'An AGENTS.md, CLAUDE.md, GEMINI.md, Copilot instructions file or Cursor/Windsurf rule that no CODEOWNERS line and no contract owns. Every agent run of every engineer reads it, so a one-line edit changes how all of them work, and nobody is asked to review it. Add a CODEOWNERS line for it (for example `AGENTS.md @org/platform` and `**/AGENTS.md @org/platform`).',
  defaultSeverity: 'warning',
  check({ result }) {
    return result.nodes
      .filter((node) => node.format === AGENT_INSTRUCTIONS_FORMAT && node.file !== '' && node.owners.length === 0)
      .map((node) => ({
        ...at(node),
        nodes: [node.id],
        message: `${node.file} is read by ${readers(node.meta?.agents)} on every run it applies to, and no CODEOWNERS line or contract owns it; add a CODEOWNERS line for ${node.file}`,
      }));
  },
};
