import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { AuditBaselineSchema, type AuditBaseline } from '../../model/schema/audit-result.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { locatedZodIssues } from '../../model/located-zod-issues.js';
import type { CliIo } from '../io.js';
import { jsonSyntaxError } from '../json-syntax-error.js';
import { usageError } from '../usage-error.js';

/**
 * A `--baseline` file (`contracts/audit-baseline.schema.json`), as `--write-baseline`
 * wrote it. A missing file is a usage error; bad JSON or a schema error names
 * file:line:column (placed through the YAML parser, which reads JSON too).
 */
export async function readAuditBaseline(io: CliIo, file: string): Promise<AuditBaseline> {
  const text = (
    await readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8').catch(() => {
      throw usageError(`cannot read baseline file ${file}; write one with --write-baseline ${file}`);
    })
  ).replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const syntax = jsonSyntaxError(text);
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.offset);
    throw new PromptgraphError(`baseline is not valid JSON: ${syntax.message}`, {
      code: 'baseline-invalid',
      file,
      line,
      column: col,
      exitCode: 2,
    });
  }
  const parsed = AuditBaselineSchema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  const issues = locatedZodIssues(document, lineCounter, parsed.error.issues, 'file').map((issue) => ({
    ...issue,
    message: `baseline ${issue.message}`,
  }));
  const first = issues[0]!;
  throw new PromptgraphError(first.message, {
    code: 'baseline-invalid',
    file,
    line: first.line,
    column: first.column,
    exitCode: 2,
    issues,
  });
}
