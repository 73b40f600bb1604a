import type { PromptGraph } from '../graph/prompt-graph.js';
import { type ComposeOptions, composeText } from './compose-text.js';

/**
 * The composed text of each branch of a node with several (a function with
 * several returns, `cond ? A : B`), in source order; undefined for a node of one
 * text. Each branch composes with the node's includes and parameters, as `text` does.
 */
export function composeVariants(
  graph: PromptGraph,
  id: string,
  options: Omit<ComposeOptions, 'text'> = {},
): string[] | undefined {
  const variants = graph.node(id)?.variants;
  if (!variants || variants.length < 2) return undefined;
  return variants.map((text) => composeText(graph, id, { ...options, text }));
}
