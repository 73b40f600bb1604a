import type { PromptGraph, Reach } from '../graph/prompt-graph.js';
import type { EdgeKind } from '../../model/schema/scan-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import type { NodeChange } from './find-changed-nodes.js';
import { possibleVia } from './possible-via.js';

export interface AffectedReach extends Reach {
  id: string;
  /** How the last step of `path` reaches this node. */
  via: EdgeKind;
  /** Set when only flows lost statically reach it: every path crosses a possible consumes edge. */
  certainty?: 'possible';
  /** For a possible node: where those flows were lost, sorted. */
  possibleVia?: string[];
}

/**
 * Everything downstream of the changed nodes: who includes or consumes them,
 * transitively, and the prompts they feed (`consumes_output_of`). Walked in the
 * head graph; a removed node's dependents are found in the base graph, where the
 * edges to it still exist. Each node keeps its shortest distance and one path back.
 * A node a traced flow reaches keeps a traced path (the shortest without possible
 * edges); one only possible consumers reach is marked `possible`, with the reasons.
 */
export function findAffected(graphs: ImpactGraphs, changes: readonly NodeChange[]): AffectedReach[] {
  const changedIds = new Set(changes.flatMap((change) => [change.id, ...(change.baseId ? [change.baseId] : [])]));
  const reached = new Map<string, AffectedReach>();
  // Traced reaches are merged first, so a node any traced flow reaches is never possible.
  const merge = (graph: PromptGraph, reaches: Map<string, Reach>, lost?: ReadonlySet<string>) => {
    for (const [id, reach] of reaches) {
      if (changedIds.has(id)) continue;
      const existing = reached.get(id);
      if (existing && ((lost && existing.certainty === undefined) || existing.distance <= reach.distance)) continue;
      const entry: AffectedReach = { id, ...reach, via: lastStep(graph, reach.path) };
      if (lost) {
        entry.certainty = 'possible';
        entry.possibleVia = possibleVia(graph, reach.path, lost);
      }
      reached.set(id, entry);
    }
  };
  const sides: [PromptGraph | undefined, string[]][] = [
    [graphs.head, changes.filter((change) => change.status !== 'removed').map((change) => change.id)],
    [graphs.base, changes.filter((change) => change.status === 'removed').map((change) => change.id)],
  ];
  for (const [graph, sources] of sides) {
    if (!graph || !sources.length) continue;
    merge(graph, graph.downstream(sources, { certainOnly: true }));
  }
  for (const [graph, sources] of sides) {
    if (!graph || !sources.length) continue;
    const all = graph.downstream(sources);
    merge(graph, all, new Set([...all.keys(), ...sources]));
  }
  return [...reached.values()].sort(
    (left, right) => left.distance - right.distance || (left.id < right.id ? -1 : left.id > right.id ? 1 : 0),
  );
}

function lastStep(graph: PromptGraph, path: readonly string[]): EdgeKind {
  const node = path[path.length - 1]!;
  const previous = path[path.length - 2]!;
  return graph.outgoing(node, ['includes', 'consumes']).find((edge) => edge.to === previous)?.kind ?? 'feeds';
}
