import type { UnknownReach } from '../../model/schema/impact-result.js';
import type { ImpactGraphs } from './impact-graphs.js';

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

export const REACH_GAP_FINDERS: readonly ReachGapFinder[] = [noConsumerFound];

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
