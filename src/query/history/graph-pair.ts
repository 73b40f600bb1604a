import type { PromptGraph } from '../graph/prompt-graph.js';
import type { ImpactGraphs } from '../impact/impact-graphs.js';

/** Two scans already built as graphs, seen as the impact engine's base and head (no graph is built twice). */
export function graphPair(base: PromptGraph, head: PromptGraph): ImpactGraphs {
  return { base, head, latest: (id) => head.node(id) ?? base.node(id), graphOf: (id) => (head.node(id) ? head : base) };
}
