import { PromptGraph } from '../graph/prompt-graph.js';
import type { GraphNode } from '../../model/schema/scan-result.js';
import type { ImpactInput } from './impact-input.js';

/** Both sides of a change as queryable graphs, built once per impact run. */
export interface ImpactGraphs {
  base?: PromptGraph;
  head: PromptGraph;
  /** The node at the head, or at the base when the change removed it. */
  latest(id: string): GraphNode | undefined;
  /** The graph a node lives in (the base for removed nodes). */
  graphOf(id: string): PromptGraph;
}

export function impactGraphs(input: Pick<ImpactInput, 'base' | 'head'>): ImpactGraphs {
  const head = new PromptGraph(input.head);
  const base = input.base ? new PromptGraph(input.base) : undefined;
  return {
    head,
    ...(base ? { base } : {}),
    latest: (id) => head.node(id) ?? base?.node(id),
    graphOf: (id) => (head.node(id) || !base ? head : base),
  };
}

/** Prompt text units: the nodes whose composed text means something. */
export const isTextNode = (node: GraphNode | undefined): boolean =>
  Boolean(node && (node.kind === 'prompt' || node.kind === 'fragment') && node.file);

/** Ids of the contracts that govern a node. */
export const governingContracts = (graph: PromptGraph, id: string): string[] =>
  graph.incoming(id, ['governs']).map((edge) => edge.from);
