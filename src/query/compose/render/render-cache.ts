import { createHash } from 'node:crypto';
import type { PromptGraph } from '../../graph/prompt-graph.js';

/** Rendered texts kept across graphs: a history walk or a release report renders the same prompt at many commits. */
const MAX_ENTRIES = 5_000;
const cache = new Map<string, RenderOutcome>();

export interface RenderOutcome {
  text: string;
  /** Why the engine failed, when it did (the text is then the concatenated composition). */
  failure?: string;
}

/**
 * The key of a unit's rendering: its engine, its id and everything the
 * rendering reads, i.e. the text of every unit in its include tree and the
 * placeholders that tie them together. Equal keys render equal text, so the
 * base and head of an untouched prompt, or one prompt across commits, render once.
 */
export function renderKey(graph: PromptGraph, engine: string, id: string): string {
  const hash = createHash('sha1').update(`${engine}\0${id}\0`);
  for (const member of [id, ...[...graph.upstream(id, ['includes'])].sort()]) {
    hash.update(`${member}\0${graph.node(member)?.text ?? '\u0001'}\0`);
    for (const edge of graph.outgoing(member, ['includes']))
      hash.update(`${edge.to}\0${edge.placeholder ?? ''}\0${JSON.stringify(edge.expansions ?? [])}\0`);
  }
  return hash.digest('hex');
}

/** The cached outcome for `key`, computing it once; the oldest entries go first when the cache is full. */
export function cachedRender(key: string, render: () => RenderOutcome): RenderOutcome {
  const known = cache.get(key);
  if (known) return known;
  const outcome = render();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, outcome);
  return outcome;
}
