import { field, namedChildren, unwrap, type Node } from './syntax.js';
import { literalText } from './string-literal.js';

/** The entries of a dict literal whose keys are plain strings (`{"persona": PERSONA}`), in order. */
export function dictionaryEntries(dictionary: Node): Map<string, Node> {
  const entries = new Map<string, Node>();
  if (dictionary.type !== 'dictionary') return entries;
  for (const pair of namedChildren(dictionary)) {
    const key = literalText(field(pair, 'key') ?? undefined);
    const value = field(pair, 'value');
    if (key !== undefined && value && !entries.has(key)) entries.set(key, value);
  }
  return entries;
}

/** What the dict literals spread into a call give (`**{"persona": BaseAgent.persona}`): each fills a field as a keyword argument would. */
export function spreadEntries(splats: readonly Node[]): Map<string, Node> {
  const entries = new Map<string, Node>();
  for (const splat of splats)
    for (const [key, value] of dictionaryEntries(unwrap(splat))) if (!entries.has(key)) entries.set(key, value);
  return entries;
}
