import { contractOf } from '../../build/contract/contract-meta.js';
import type { PromptGraph } from '../graph/prompt-graph.js';

/**
 * The model a prompt is sent to, for choosing its tokenizer: its own front
 * matter (`model:` of a Dotprompt or Prompty file), else the `model` a
 * governing contract pins, else the config's default model.
 */
export function promptModel(graph: PromptGraph, id: string, defaultModel?: string): string | undefined {
  const own = graph.node(id)?.meta?.model;
  if (typeof own === 'string' && own) return own;
  for (const edge of graph.incoming(id, ['governs'])) {
    const pinned = contractOf(graph.node(edge.from))?.model;
    if (typeof pinned === 'string' && pinned) return pinned;
  }
  return defaultModel;
}
