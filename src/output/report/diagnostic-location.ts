import type { Diagnostic } from '../../model/schema/common.js';

/** `file:line:column` as far as known, so every reporter points at the same place; `(repository)` when no file applies. */
export function diagnosticLocation(diagnostic: Pick<Diagnostic, 'file' | 'line' | 'column' | 'repository'>): string {
  // In a merged organisation graph, the repository comes first: `support-bot:src/reply.ts:4`.
  const repository = diagnostic.repository ? `${diagnostic.repository}:` : '';
  if (!diagnostic.file) return diagnostic.repository ? `(${diagnostic.repository})` : '(repository)';
  if (!diagnostic.line) return `${repository}${diagnostic.file}`;
  return `${repository}${diagnostic.file}:${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ''}`;
}

/** `file:start-end` of a node's lines, `file:start` when it spans one line. */
export function nodeLocation(node: { file: string; range: { start: number; end: number } }): string {
  const { start, end } = node.range;
  return `${node.file}:${start}${end > start ? `-${end}` : ''}`;
}
