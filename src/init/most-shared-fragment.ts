import type { PromptGraph } from '../graph/prompt-graph.js';
import { findIncludeCycles } from '../graph/find-include-cycles.js';
import type { GraphNode } from '../schema/scan-result.js';

export interface SharedFragment {
  node: GraphNode;
  /** Prompts, fragments and consumers that include or consume it, however deep. */
  dependents: number;
  consumers: number;
  /** Owners of its dependents: the teams a change to it reaches. */
  teams: string[];
}

/**
 * The fragment a contract protects best: one that reaches code (a consumer)
 * and is not in an include cycle (a bug to fix, not an interface to freeze)
 * comes before one that reaches no consumer, which comes before a cycle member;
 * then most dependents, ties broken by id so every run picks the same. A
 * fragment a contract already governs is passed over: it has its interface.
 */
export function mostSharedFragment(graph: PromptGraph): SharedFragment | undefined {
  const inCycle = new Set(findIncludeCycles(graph.result.edges).flat());
  const ranked = graph.result.nodes
    .filter((node) => (node.kind === 'fragment' || node.roles?.includes('fragment')) && node.file !== '')
    .filter((node) => !graph.incoming(node.id, ['governs']).length)
    .map((node): SharedFragment => {
      const reached = [...graph.downstream([node.id]).keys()].map((id) => graph.node(id)!);
      return {
        node,
        dependents: reached.length,
        consumers: reached.filter((dependent) => dependent.kind === 'consumer').length,
        teams: [...new Set(reached.flatMap((dependent) => dependent.owners))].sort(),
      };
    })
    .filter((entry) => entry.dependents > 0);
  const tier = (entry: SharedFragment): number => (inCycle.has(entry.node.id) ? 2 : entry.consumers ? 0 : 1);
  ranked.sort((left, right) => tier(left) - tier(right) || right.dependents - left.dependents || (left.node.id < right.node.id ? -1 : 1));
  return ranked[0];
}
