import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { locatedZodIssues } from '../model/located-zod-issues.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { type ScanResult, ScanResultSchema } from '../model/schema/scan-result.js';
import type { CliIo } from './io.js';
import { jsonSyntaxError } from './json-syntax-error.js';
import { usageError } from './usage-error.js';

/**
 * A saved `scan --format json` result or a merged organisation graph, read and
 * checked against its schema. Every error names file:line:column: a broken
 * upload in a CI matrix should say which file and where.
 */
export async function readScanFile(io: CliIo, file: string): Promise<ScanResult> {
  const raw = await readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8').catch(() => {
    throw usageError(`cannot read ${file}`, 'give the path of a file written by promptgraph scan --format json');
  });
  const text = raw.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const invalid = (message: string, offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return new PromptgraphError(message, { code: 'scan-file-invalid', file, line, column: col, exitCode: 2 });
  };
  const syntax = jsonSyntaxError(text);
  if (syntax) throw invalid(`not valid JSON: ${syntax.message}`, syntax.offset);
  const parsed = ScanResultSchema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  // Only a file that fails the schema is parsed again for positions: a merged graph can be large.
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const first = locatedZodIssues(document, lineCounter, parsed.error.issues, 'file')[0]!;
  throw new PromptgraphError(`not a promptgraph scan result: ${first.message}`, {
    code: 'scan-file-invalid',
    file,
    line: first.line,
    column: first.column,
    exitCode: 2,
    hint: 'write it with promptgraph scan --format json (or promptgraph merge)',
  });
}
