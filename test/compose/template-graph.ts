import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../src/model/schema/scan-result.js';

/** A unit of a template format, its id its file. */
export const templateNode = (id: string, format: string, text: string, meta?: Record<string, unknown>): GraphNode => ({
  id,
  kind: 'prompt',
  file: id,
  range: { start: 1, end: text.split('\n').length },
  format,
  owners: [],
  variables: [],
  text,
  ...(meta ? { meta } : {}),
});

export const includes = (from: string, to: string, placeholder: string): GraphEdge => ({
  from,
  to,
  kind: 'includes',
  placeholder,
});

export const templateGraph = (nodes: GraphNode[], edges: GraphEdge[] = []): PromptGraph =>
  new PromptGraph({ schemaVersion: 1, root: 'test', nodes, edges, diagnostics: [] } satisfies ScanResult);
