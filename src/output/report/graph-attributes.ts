import type { GraphEdge, GraphNode, ScanResult } from '../../model/schema/scan-result.js';

/** The plain attributes a graph file carries for each node: what Gephi, yEd or a graph database can filter and colour by. */
export interface NodeAttributes {
  label: string;
  kind: string;
  format: string;
  file: string;
  repository: string;
  symbol: string;
  owners: string;
  line: number;
  [key: string]: string | number;
}

export interface EdgeAttributes {
  kind: string;
  line: number;
  package: string;
  [key: string]: string | number;
}

/** What a node is called in a graph tool: its symbol, else its file, else its name or id. */
const labelOf = (node: GraphNode): string => node.symbol ?? (node.file || node.name || node.id);

export const nodeAttributes = (node: GraphNode): NodeAttributes => ({
  label: labelOf(node),
  kind: node.kind,
  format: node.format,
  file: node.file,
  repository: node.repository ?? '',
  symbol: node.symbol ?? '',
  owners: node.owners.join(' '),
  line: node.range.start,
});

export const edgeAttributes = (edge: GraphEdge): EdgeAttributes => ({
  kind: edge.kind,
  line: edge.line ?? 0,
  package: edge.package ?? '',
});

/** Edges whose two ends are nodes of the result, in its order: graph files refuse an edge to a missing node. */
export const drawableEdges = (result: ScanResult): GraphEdge[] => {
  const ids = new Set(result.nodes.map((node) => node.id));
  return result.edges.filter((edge) => ids.has(edge.from) && ids.has(edge.to));
};
