import type { Diagnostic } from './schema/common.js';
import type { GraphEdge, GraphNode } from './schema/scan-result.js';

/** Output order is part of the contract: byte-identical JSON for the same input. */
const byString = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

export const sortNodes = (nodes: GraphNode[]): GraphNode[] =>
  [...nodes].sort((left, right) => byString(left.id, right.id));

export const sortEdges = (edges: GraphEdge[]): GraphEdge[] =>
  [...edges].sort(
    (left, right) => byString(left.from, right.from) || byString(left.to, right.to) || byString(left.kind, right.kind),
  );

export const sortDiagnostics = (diagnostics: Diagnostic[]): Diagnostic[] => {
  const unique = new Map(diagnostics.map((diagnostic) => [JSON.stringify(diagnostic), diagnostic]));
  return [...unique.values()].sort(
    (left, right) =>
      byString(left.file, right.file) ||
      left.line - right.line ||
      byString(left.code, right.code) ||
      byString(left.message, right.message),
  );
};
