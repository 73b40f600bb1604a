/**
 * Node ids are stable across runs and independent of a unit's final kind (a text
 * unit becomes a fragment the day something includes it; its id must not move).
 */
export const textNodeId = (file: string, symbol?: string): string => (symbol ? `${file}#${symbol}` : file);
export const consumerNodeId = (file: string, symbol: string): string => `consumer:${file}#${symbol}`;
export const evalNodeId = (file: string, symbol?: string): string => `eval:${file}${symbol ? `#${symbol}` : ''}`;
export const contractNodeId = (file: string, symbol?: string): string =>
  `contract:${file}${symbol ? `#${symbol}` : ''}`;
export const remoteNodeId = (registry: string, name: string): string => `remote:${registry}/${name}`;
export const teamNodeId = (handle: string): string => `team:${handle}`;
/** A coding-agent tool (`agent:claude-code`): the consumer of every instruction file it reads. */
export const agentNodeId = (tool: string): string => `agent:${tool}`;

/** The symbol a module-level consumer (top-level code) carries. */
export const MODULE_SYMBOL = '<module>';
