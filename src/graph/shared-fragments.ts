import type { GraphNode } from '../schema/scan-result.js';
import type { PromptGraph } from './prompt-graph.js';

export interface SharedFragment {
  node: GraphNode;
  /** Prompts, fragments and consumers that include or consume it, however deep. */
  dependents: number;
  consumers: number;
  /** Owners of its dependents: the teams a change to it reaches. */
  teams: string[];
}

/** Every fragment (or node used as one) with what it reaches: how scan ranks shared fragments and init picks one to protect. */
export function sharedFragments(graph: PromptGraph): SharedFragment[] {
  return graph.result.nodes
    .filter((node) => node.kind === 'fragment' || node.roles?.includes('fragment'))
    .map((node) => {
      const reached = [...graph.downstream([node.id]).keys()].map((id) => graph.node(id)!);
      return {
        node,
        dependents: reached.length,
        consumers: reached.filter((dependent) => dependent.kind === 'consumer').length,
        teams: [...new Set(reached.flatMap((dependent) => dependent.owners))].sort(),
      };
    });
}
