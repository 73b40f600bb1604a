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
 * Undefined for a unit whose tree loops (its outcome is not kept: it is the
 * concatenated text, cheap to make again).
 */
export function renderKey(graph: PromptGraph, engine: string, id: string): string | undefined {
  const tree = treeKey(graph, id);
  return tree === undefined ? undefined : createHash('sha1').update(`${engine}\0${id}\0${tree}`).digest('hex');
}

const treeKeys = new WeakMap<PromptGraph, Map<string, string | undefined>>();

/**
 * A hash of a unit's text, its include edges and, through their keys, the
 * trees of the units it includes: made once per unit, bottom up with an
 * explicit stack, so keying every unit of a 5,000-link chain hashes each text
 * once (hashing each unit's whole upstream made it quadratic). Undefined when
 * the tree loops.
 */
function treeKey(graph: PromptGraph, id: string): string | undefined {
  let known = treeKeys.get(graph);
  if (!known) {
    known = new Map();
    treeKeys.set(graph, known);
  }
  if (known.has(id)) return known.get(id);
  const onPath = new Set<string>();
  const stack: { node: string; targets: string[]; next: number; loops: boolean }[] = [];
  const enter = (node: string) => {
    onPath.add(node);
    stack.push({ node, targets: graph.outgoing(node, ['includes']).map((edge) => edge.to), next: 0, loops: false });
  };
  enter(id);
  for (;;) {
    const frame = stack[stack.length - 1]!;
    if (frame.next < frame.targets.length) {
      const target = frame.targets[frame.next++]!;
      if (onPath.has(target)) frame.loops = true;
      else if (!known.has(target)) enter(target);
      else if (known.get(target) === undefined) frame.loops = true;
      continue;
    }
    stack.pop();
    onPath.delete(frame.node);
    let key: string | undefined;
    if (!frame.loops) {
      const hash = createHash('sha1').update(`${frame.node}\0${graph.node(frame.node)?.text ?? '\u0001'}\0`);
      for (const edge of graph.outgoing(frame.node, ['includes']))
        hash.update(
          `${edge.to}\0${known.get(edge.to)}\0${edge.placeholder ?? ''}\0${JSON.stringify(edge.expansions ?? [])}\0`,
        );
      key = hash.digest('hex');
    }
    known.set(frame.node, key);
    const parent = stack[stack.length - 1];
    if (!parent) return key;
    if (key === undefined) parent.loops = true;
  }
}

/** The cached outcome for `key`, computing it once; the oldest entries go first when the cache is full. */
export function cachedRender(key: string | undefined, render: () => RenderOutcome): RenderOutcome {
  if (key === undefined) return render();
  const known = cache.get(key);
  if (known) return known;
  const outcome = render();
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(key, outcome);
  return outcome;
}
