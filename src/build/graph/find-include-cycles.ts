import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import { stronglyConnectedComponents } from 'graphology-components';
import type { GraphEdge } from '../../model/schema/scan-result.js';
import { compareText } from '../../model/compare-text.js';

/**
 * Include cycles: graphology-dag answers "is there one" cheaply; only then are
 * the strongly connected components of the includes subgraph computed so each
 * diagnostic can name the cycle's members. Sorted for stable output.
 */
export function findIncludeCycles(edges: GraphEdge[]): string[][] {
  const includes = new DirectedGraph({ allowSelfLoops: true });
  for (const edge of edges) {
    // A loop of references that place no text (links between instruction files) cannot make composition loop.
    if (edge.kind !== 'includes' || edge.link) continue;
    includes.mergeNode(edge.from);
    includes.mergeNode(edge.to);
    includes.mergeEdge(edge.from, edge.to);
  }
  if (!hasCycle(includes)) return [];
  return stronglyConnectedComponents(includes)
    .filter((members) => members.length > 1 || includes.hasEdge(members[0]!, members[0]!))
    .map((members) => [...members].sort())
    .sort((left, right) => compareText(left[0]!, right[0]!));
}
