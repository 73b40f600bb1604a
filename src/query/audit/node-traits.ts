import type { GraphNode } from '../../model/schema/scan-result.js';

/** Prompt text kept in the repository: a prompt or fragment with a file (remote prompts live in their registry). */
export const isLocalPromptText = (node: GraphNode): boolean =>
  (node.kind === 'prompt' || node.kind === 'fragment') && node.file !== '';

/** Included into other prompts (a unit can be a prompt and a fragment at once). */
export const isFragment = (node: GraphNode): boolean =>
  node.kind === 'fragment' || Boolean(node.roles?.includes('fragment'));
