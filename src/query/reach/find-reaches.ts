import { SCHEMA_VERSION } from '../../model/schema/common.js';
import type { ReachedNode, ReachesResult } from '../../model/schema/graph-query.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { queryHop, queryNode } from './query-node.js';

/**
 * Everything downstream of the selected nodes (like dependency-cruiser's
 * `--reaches` or Bazel's `rdeps`): what includes or consumes them, transitively,
 * and what they feed, each with one shortest path and the lines that make it.
 * The selection is one symbol, not its whole file.
 */
export function findReaches(graph: PromptGraph, selector: string, selected: readonly string[]): ReachesResult {
  const reached: ReachedNode[] = [];
  for (const [id, reach] of graph.downstream(selected)) {
    const node = graph.node(id);
    if (!node) continue;
    const path = reach.path.slice(1).map((dependent, index) => {
      const dependency = reach.path[index]!;
      const step = graph.dependents(dependency).find((candidate) => candidate.id === dependent)!;
      return queryHop(graph, dependency, dependent, step.edge);
    });
    reached.push({ ...queryNode(node), distance: reach.distance, path });
  }
  reached.sort((left, right) => left.distance - right.distance || (left.id < right.id ? -1 : 1));
  const teams = new Map<string, string[]>();
  for (const node of reached) for (const owner of node.owners) teams.set(owner, [...(teams.get(owner) ?? []), node.id]);
  return {
    schemaVersion: SCHEMA_VERSION,
    root: graph.result.root,
    selector,
    selected: [...selected].sort().map((id) => queryNode(graph.node(id)!)),
    reached,
    teams: [...teams.keys()].sort().map((team) => ({ team, nodes: teams.get(team)!.sort() })),
  };
}
