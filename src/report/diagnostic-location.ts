import type { Diagnostic } from '../schema/common.js';

/** `file:line:column` as far as known, so every reporter points at the same place; `(repository)` when no file applies. */
export function diagnosticLocation(diagnostic: Pick<Diagnostic, 'file' | 'line' | 'column'>): string {
  if (!diagnostic.file) return '(repository)';
  if (!diagnostic.line) return diagnostic.file;
  return `${diagnostic.file}:${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ''}`;
}
