import type { PromptGraph, Reach } from '../graph/prompt-graph.js';
import type { EdgeKind } from '../../model/schema/scan-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import type { NodeChange } from './find-changed-nodes.js';

export interface AffectedReach extends Reach {
  id: string;
  /** How the last step of `path` reaches this node. */
  via: EdgeKind;
}

/**
 * Everything downstream of the changed nodes: who includes or consumes them,
 * transitively, and the prompts they feed (`consumes_output_of`). Walked in the
 * head graph; a removed node's dependents are found in the base graph, where the
 * edges to it still exist. Each node keeps its shortest distance and one path back.
 */
export function findAffected(graphs: ImpactGraphs, changes: readonly NodeChange[]): AffectedReach[] {
  const changedIds = new Set(changes.flatMap((change) => [change.id, ...(change.baseId ? [change.baseId] : [])]));
  const reached = new Map<string, AffectedReach>();
  const merge = (graph: PromptGraph, reaches: Map<string, Reach>) => {
    for (const [id, reach] of reaches) {
      if (changedIds.has(id)) continue;
      const existing = reached.get(id);
      if (existing && existing.distance <= reach.distance) continue;
      reached.set(id, { id, ...reach, via: lastStep(graph, reach.path) });
    }
  };
  merge(
    graphs.head,
    graphs.head.downstream(changes.filter((change) => change.status !== 'removed').map((change) => change.id)),
  );
  const removed = changes.filter((change) => change.status === 'removed').map((change) => change.id);
  if (graphs.base && removed.length) merge(graphs.base, graphs.base.downstream(removed));
  return [...reached.values()].sort(
    (left, right) => left.distance - right.distance || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
}

function lastStep(graph: PromptGraph, path: readonly string[]): EdgeKind {
  const node = path[path.length - 1]!;
  const previous = path[path.length - 2]!;
  return graph.outgoing(node, ['includes', 'consumes']).find((edge) => edge.to === previous)?.kind ?? 'feeds';
}
