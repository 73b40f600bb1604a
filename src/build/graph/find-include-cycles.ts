import { DirectedGraph } from 'graphology';
import { hasCycle } from 'graphology-dag';
import { stronglyConnectedComponents } from 'graphology-components';
import type { GraphEdge } from '../../model/schema/scan-result.js';
import { compareText } from '../../model/compare-text.js';

/**
 * Include cycles: graphology-dag answers "is there one" cheaply; only then are
 * the strongly connected components of the includes subgraph computed so each
 * diagnostic can name the cycle's members. Each cycle is given in cycle order
 * (`a → b → c`, each including the next and the last the first), starting at
 * its smallest member so the output is stable; members of the same loop that
 * the shortest cycle through it misses follow, sorted.
 */
export function findIncludeCycles(edges: GraphEdge[]): IncludeCycle[] {
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
    .map((members) => inCycleOrder(includes, members))
    .sort((left, right) => compareText(left.cycle[0]!, right.cycle[0]!));
}

export interface IncludeCycle {
  /** One cycle, in order: each includes the next, the last includes the first. */
  cycle: string[];
  /** Every member of the loop: the cycle's, then the others, sorted. */
  members: string[];
}

/** `a → b → c → a`, and the loop's other members after it. */
export function describeCycle({ cycle, members }: IncludeCycle): string {
  const others = members.slice(cycle.length);
  return `${[...cycle, cycle[0]].join(' → ')}${others.length ? ` (the same loop also holds ${others.join(', ')})` : ''}`;
}

/** The shortest cycle through the smallest member (breadth first, neighbours in code-unit order), then the rest. */
function inCycleOrder(includes: DirectedGraph, members: string[]): IncludeCycle {
  const inside = new Set(members);
  const start = [...members].sort(compareText)[0]!;
  const previous = new Map<string, string>();
  const queue = [start];
  let last: string | undefined;
  for (let index = 0; index < queue.length && last === undefined; index++) {
    const current = queue[index]!;
    for (const next of includes.outNeighbors(current).sort(compareText)) {
      if (next === start) {
        last = current;
        break;
      }
      if (!inside.has(next) || previous.has(next)) continue;
      previous.set(next, current);
      queue.push(next);
    }
  }
  const cycle: string[] = [];
  for (let node = last; node !== undefined && node !== start; node = previous.get(node)) cycle.unshift(node);
  cycle.unshift(start);
  const onCycle = new Set(cycle);
  return { cycle, members: [...cycle, ...members.filter((member) => !onCycle.has(member)).sort(compareText)] };
}
