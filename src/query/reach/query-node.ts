import type { QueryHop, QueryNode } from '../../model/schema/graph-query.js';
import type { GraphEdge, GraphNode } from '../../model/schema/scan-result.js';
import { nodeRef } from '../impact/node-ref.js';
import type { PromptGraph } from '../graph/prompt-graph.js';

/** A node as query results name it: where it is, whose it is, and its repository in a merged graph. */
export const queryNode = (node: GraphNode): QueryNode => ({
  ...nodeRef(node),
  ...(node.repository ? { repository: node.repository } : {}),
});

/**
 * One step dependency → dependent, with where the reference is written: in the
 * file of the edge's `from` (the including or consuming unit, or the contract
 * declaring a feed), at the edge's line.
 */
export function queryHop(graph: PromptGraph, dependency: string, dependent: string, edge: GraphEdge): QueryHop {
  const writer = graph.node(edge.from);
  return {
    from: dependency,
    to: dependent,
    kind: edge.kind,
    ...(writer?.file ? { file: writer.file } : {}),
    ...(edge.line !== undefined && writer?.file ? { line: edge.line } : {}),
  };
}
