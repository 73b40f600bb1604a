import type { GraphNode } from '../../model/schema/scan-result.js';

/** How a node reads in a message: its file, with the symbol when there is one. */
export const nodeLabel = (node: GraphNode): string =>
  node.symbol && node.file ? `${node.symbol} in ${node.file}` : node.file || node.name || node.id;

/** `file:line` of a node, for messages that point elsewhere. */
export const nodePlace = (node: GraphNode): string => (node.file ? `${node.file}:${node.range.start}` : node.id);

/** The location fields of a finding about `node`. */
export const at = (node: GraphNode): { file: string; line: number; endLine: number } => ({
  file: node.file,
  line: node.range.start,
  endLine: node.range.end,
});

export const plural = (count: number, singular: string, pluralForm = `${singular}s`): string =>
  `${count} ${count === 1 ? singular : pluralForm}`;
