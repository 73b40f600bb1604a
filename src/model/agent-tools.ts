/**
 * The coding-agent tools whose instruction files promptgraph reads, by the id
 * their consumer node carries (`agent:claude-code`). Each tool is one consumer
 * node: every instruction file it reads is a prompt it consumes.
 */
export const AGENT_TOOLS = {
  'claude-code': 'Claude Code',
  codex: 'OpenAI Codex',
  copilot: 'GitHub Copilot',
  cursor: 'Cursor',
  windsurf: 'Windsurf',
  'gemini-cli': 'Gemini CLI',
} as const;

export type AgentTool = keyof typeof AGENT_TOOLS;

export const isAgentTool = (value: string): value is AgentTool => Object.hasOwn(AGENT_TOOLS, value);

/** The format every instruction file's node carries; its tools are in `meta.agents`. */
export const AGENT_INSTRUCTIONS_FORMAT = 'agent-instructions';
