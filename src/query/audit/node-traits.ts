import type { GraphNode } from '../../model/schema/scan-result.js';
import type { PromptGraph } from '../graph/prompt-graph.js';

/** Prompt text kept in the repository: a prompt or fragment with a file (remote prompts live in their registry). */
export const isLocalPromptText = (node: GraphNode): boolean =>
  (node.kind === 'prompt' || node.kind === 'fragment') && node.file !== '';

/** Included into other prompts (a unit can be a prompt and a fragment at once). */
export const isFragment = (node: GraphNode): boolean =>
  node.kind === 'fragment' || Boolean(node.roles?.includes('fragment'));

/**
 * Data a template binds, not prompt text: a fragment every include of which has
 * no placeholder (POML `<table src>`/`<let src>`, a Prompty `${file:}` value) and
 * that nothing sends. A change to it still travels to what binds it (impact), but
 * it has no owner to ask for as a prompt, no text to copy, no consumer to miss.
 */
export function isBoundData(graph: PromptGraph, node: GraphNode): boolean {
  if (node.kind !== 'fragment' || node.roles?.includes('prompt')) return false;
  const includes = graph.incoming(node.id, ['includes']);
  return (
    includes.length > 0 &&
    includes.every((edge) => edge.placeholder === undefined && !edge.expansions) &&
    graph.incoming(node.id, ['consumes']).length === 0
  );
}

/**
 * Prompt text the rules about prompts read: local prompt text that is not data a
 * template binds, nor a page or config template code renders to a file
 * (`interactive_flow.html.j2`, flagged `rendered-file` by its adapter).
 */
export const isAuditedPromptText = (graph: PromptGraph, node: GraphNode): boolean =>
  isLocalPromptText(node) && !isBoundData(graph, node) && !node.flags?.includes('rendered-file');
