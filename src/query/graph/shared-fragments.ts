import type { SharedFragment } from '../../model/scan-summary.js';
import type { PromptGraph } from './prompt-graph.js';

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
