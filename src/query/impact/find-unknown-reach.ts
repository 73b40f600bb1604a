import type { UnknownReach } from '../../model/schema/impact-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import { possibleVia, viaText } from './possible-via.js';
import { LISTED_NAMES } from './reason-groups.js';

interface ChangedRef {
  id: string;
  kind: string;
}

/**
 * One way a changed node's reach can be unknown. Each finder looks at one node and
 * says why its consumers cannot be told, or nothing; a later finder (a flow the
 * scanner lost, with its possible consumers) joins this list without touching risk.
 */
export type ReachGapFinder = (graphs: ImpactGraphs, node: ChangedRef) => UnknownReach | undefined;

/** No code found that sends it, directly or through what includes it or reads its output, to a model. */
export const noConsumerFound: ReachGapFinder = (graphs, node) => {
  const graph = graphs.graphOf(node.id);
  for (const id of graph.downstream([node.id]).keys()) if (graph.node(id)?.kind === 'consumer') return undefined;
  return {
    id: node.id,
    reason: 'no-consumer',
    message: `no consumer found for ${node.kind} ${node.id}: nothing traced sends it to a model, so who it reaches is unknown`,
  };
};

/**
 * Consumers found, but only possible ones: every flow to them was lost statically
 * (an interface with no implementation, a dynamic key, an unknown callee), so who
 * the change reaches cannot be told for sure. Runs after `noConsumerFound`.
 */
export const onlyPossibleConsumers: ReachGapFinder = (graphs, node) => {
  const graph = graphs.graphOf(node.id);
  const isConsumer = (id: string) => graph.node(id)?.kind === 'consumer';
  if ([...graph.downstream([node.id], { certainOnly: true }).keys()].some(isConsumer)) return undefined;
  const reached = graph.downstream([node.id]);
  const possible = [...reached.keys()].filter(isConsumer).sort();
  if (!possible.length) return undefined;
  const lost = new Set([...reached.keys(), node.id]);
  const reasons = [...new Set(possible.flatMap((id) => possibleVia(graph, reached.get(id)!.path, lost)))].sort();
  const shown = possible.slice(0, LISTED_NAMES).join(', ');
  const more = possible.length > LISTED_NAMES ? ` and ${possible.length - LISTED_NAMES} more` : '';
  return {
    id: node.id,
    reason: 'possible-consumer',
    message: `only possible consumers found for ${node.kind} ${node.id}: ${shown}${more}${viaText(reasons)}; the flow to each was lost statically, so who it reaches is not known for sure`,
  };
};

export const REACH_GAP_FINDERS: readonly ReachGapFinder[] = [noConsumerFound, onlyPossibleConsumers];

/** The changed prompts and fragments whose consumers are unknown, one entry (the first finder's) each, by id. */
export function findUnknownReach(
  graphs: ImpactGraphs,
  changed: readonly ChangedRef[],
  finders: readonly ReachGapFinder[] = REACH_GAP_FINDERS,
): UnknownReach[] {
  const gaps: UnknownReach[] = [];
  for (const node of changed) {
    if (node.kind !== 'prompt' && node.kind !== 'fragment') continue;
    for (const finder of finders) {
      const gap = finder(graphs, node);
      if (!gap) continue;
      gaps.push(gap);
      break;
    }
  }
  return gaps.sort((left, right) => (left.id < right.id ? -1 : 1));
}
