import type { MapData } from './types.js';

/**
 * Adjacency in the dependency direction (edges run dependency → dependent),
 * as flat arrays so walks over 15,000 edges allocate nothing per step.
 */
export interface GraphIndex {
  /** Edge indexes leaving each node (towards its dependents). */
  out: number[][];
  /** Edge indexes entering each node (from its dependencies). */
  in: number[][];
}

export function indexGraph(data: MapData): GraphIndex {
  const out: number[][] = data.nodes.map(() => []);
  const inn: number[][] = data.nodes.map(() => []);
  data.edges.forEach(([from, to], edge) => {
    out[from]!.push(edge);
    inn[to]!.push(edge);
  });
  return { out, in: inn };
}

/** Every node reachable from `start` following dependents (`down`) or dependencies (`up`). */
export function reach(data: MapData, index: GraphIndex, start: number, direction: 'up' | 'down'): Set<number> {
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length) {
    const node = stack.pop()!;
    const edges = direction === 'down' ? index.out[node]! : index.in[node]!;
    for (const edge of edges) {
      const next = data.edges[edge]![direction === 'down' ? 1 : 0];
      if (next !== start && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}
