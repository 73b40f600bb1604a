import type { PromptGraph } from '../graph/prompt-graph.js';
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
 * The fragment whose change reaches the most: most dependents, ties broken by
 * id so the choice is the same on every run. A fragment a contract already
 * governs is passed over, since it has its interface already.
 */
export function mostSharedFragment(graph: PromptGraph): SharedFragment | undefined {
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
    .filter((entry) => entry.dependents > 0)
    .sort((left, right) => right.dependents - left.dependents || (left.node.id < right.node.id ? -1 : 1));
  return ranked[0];
}
