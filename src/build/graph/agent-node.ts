import { AGENT_TOOLS, type AgentTool } from '../../model/agent-tools.js';
import { agentNodeId } from '../../model/node-ids.js';
import type { GraphNode } from '../../model/schema/scan-result.js';

/**
 * The consumer node of a coding-agent tool: it lives in no file of the
 * repository; it consumes every instruction file the tool reads, so a change to
 * one reaches it (and, through it, whoever answers for the agent's behaviour).
 */
export const agentNode = (tool: AgentTool): GraphNode => ({
  id: agentNodeId(tool),
  kind: 'consumer',
  file: '',
  symbol: tool,
  name: AGENT_TOOLS[tool],
  range: { start: 1, end: 1 },
  format: 'agent',
  owners: [],
  variables: [],
});
