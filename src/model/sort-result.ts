import type { Diagnostic } from './schema/common.js';
import type { GraphEdge, GraphNode } from './schema/scan-result.js';
import { compareText } from './compare-text.js';
import type { AuditBaselineEntry } from './schema/audit-result.js';

/** Output order is part of the contract: byte-identical JSON for the same input. */

export const sortNodes = (nodes: GraphNode[]): GraphNode[] =>
  [...nodes].sort((left, right) => compareText(left.id, right.id));

export const sortEdges = (edges: GraphEdge[]): GraphEdge[] =>
  [...edges].sort(
    (left, right) =>
      compareText(left.from, right.from) || compareText(left.to, right.to) || compareText(left.kind, right.kind),
  );

export const sortDiagnostics = (diagnostics: Diagnostic[]): Diagnostic[] => {
  const unique = new Map(diagnostics.map((diagnostic) => [JSON.stringify(diagnostic), diagnostic]));
  return [...unique.values()].sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      left.line - right.line ||
      compareText(left.code, right.code) ||
      compareText(left.message, right.message),
  );
};

export const sortBaselineEntries = (entries: AuditBaselineEntry[]): AuditBaselineEntry[] =>
  [...entries].sort(
    (left, right) =>
      compareText(left.file, right.file) ||
      compareText(left.rule, right.rule) ||
      compareText(left.fingerprint, right.fingerprint) ||
      compareText(left.message, right.message),
  );
