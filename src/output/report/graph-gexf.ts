import { MultiDirectedGraph } from 'graphology';
import { write } from 'graphology-gexf';
import type { ScanResult } from '../../model/schema/scan-result.js';
import {
  drawableEdges,
  type EdgeAttributes,
  edgeAttributes,
  type NodeAttributes,
  nodeAttributes,
} from './graph-attributes.js';

/**
 * The graph as GEXF 1.3 (Gephi's format) through graphology-gexf's writer: each
 * node with its label and attributes (kind, format, file, repository, symbol,
 * owners, line), each edge with its kind as label and attributes. No date or
 * other run-dependent metadata, so the file is the same for the same result.
 */
export function formatGraphGexf(result: ScanResult): string {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of result.nodes) graph.addNode(node.id, nodeAttributes(node));
  drawableEdges(result).forEach((edge, index) =>
    graph.addDirectedEdgeWithKey(`e${index}`, edge.from, edge.to, edgeAttributes(edge)),
  );
  return `${write(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => {
      const { label, ...rest } = attributes;
      return { label, attributes: rest };
    },
    formatEdge: (_key, attributes) => ({ label: attributes.kind, attributes: { ...attributes } }),
  })}\n`;
}
