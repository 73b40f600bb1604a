import type { Diagnostic } from '../../../model/schema/common.js';

/**
 * Handlebars reports `Parse error on line N:`, an excerpt of the last 20
 * characters read with a `---^` marker, and `Expecting 'A', 'B', got 'C'`: the
 * diagnostic keeps the file line and the unexpected token, not the
 * body-relative line number (nor the marker, whose column is the excerpt's).
 */
export function syntaxDiagnostic(file: string, message: string, firstLine: number): Diagnostic {
  const lines = message.split('\n');
  const line = Number(/line (\d+)/.exec(lines[0] ?? '')?.[1] ?? 1);
  const expecting = /Expecting (.*), got '?([^']*)'?$/.exec(lines[lines.length - 1] ?? '');
  const expected = expecting ? expecting[1]!.split(', ').map((token) => token.replace(/'/g, '')) : [];
  const what = expecting
    ? `unexpected ${expecting[2]}, expecting ${expected.slice(0, 3).join(', ')}${expected.length > 3 ? '…' : ''}`
    : (lines[0] ?? 'parse error');
  return {
    severity: 'error',
    code: 'template-syntax',
    file,
    line: firstLine + line - 1,
    message: `Handlebars syntax error (${what}); partials are still read, variables are not`,
  };
}
