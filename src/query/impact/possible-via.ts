import type { PromptGraph } from '../graph/prompt-graph.js';
import { isPossible } from '../../model/flow-certainty.js';

const UNSAID = 'flow lost statically';

/**
 * Where the flows to a node only possible consumers reach were lost: the `via` of
 * the possible consumes edges on its path back to the change, and of its own
 * possible edges to anything else the change reaches (`reached`, the changed nodes
 * included). Sorted; an edge without a reason says so.
 */
export function possibleVia(graph: PromptGraph, path: readonly string[], reached: ReadonlySet<string>): string[] {
  const reasons = new Set<string>();
  const note = (via: string | undefined) => reasons.add(via ?? UNSAID);
  for (let step = 1; step < path.length; step++) {
    const edge = graph.outgoing(path[step]!, ['consumes']).find((candidate) => candidate.to === path[step - 1]);
    if (edge && isPossible(edge)) note(edge.via);
  }
  const node = path[path.length - 1]!;
  for (const edge of graph.outgoing(node, ['consumes'])) if (isPossible(edge) && reached.has(edge.to)) note(edge.via);
  return [...reasons].sort();
}

/** ` (via interface X.run; dynamic property)`: where the flows to a possible node were lost. */
export const viaText = (via: readonly string[] | undefined): string => (via?.length ? ` (via ${via.join('; ')})` : '');
