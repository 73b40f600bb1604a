import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { ReviewDataSchema, type ReviewDataFile } from '../../model/schema/review-data.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { locatedZodIssues } from '../../model/located-zod-issues.js';
import type { CliIo } from '../io.js';
import { jsonSyntaxError } from '../json-syntax-error.js';
import { usageError } from '../usage-error.js';

/**
 * A `--review-data` file: JSON (its documented format), or YAML when it is named
 * `.yaml`/`.yml`. Every error names file:line:column in the file's own syntax;
 * a schema error is placed through the YAML parser, which reads JSON too.
 */
export async function readReviewData(io: CliIo, file: string): Promise<ReviewDataFile> {
  const raw = await readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8').catch(() => {
    throw usageError(`cannot read review data file ${file}`);
  });
  const text = raw.replace(/^\uFEFF/, '');
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false });
  const invalid = (message: string, offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return new PromptgraphError(message, { code: 'review-data-invalid', file, line, column: col, exitCode: 2 });
  };
  if (/\.ya?ml$/i.test(file)) {
    const syntax = document.errors[0];
    if (syntax) throw invalid(`review data is not valid YAML: ${syntax.message.split('\n')[0]}`, syntax.pos[0]);
  } else {
    const syntax = jsonSyntaxError(text);
    if (syntax) throw invalid(`review data is not valid JSON: ${syntax.message}`, syntax.offset);
  }
  const parsed = ReviewDataSchema.safeParse((/\.ya?ml$/i.test(file) ? document.toJS() : JSON.parse(text)) ?? {});
  if (!parsed.success) {
    const issues = locatedZodIssues(document, lineCounter, parsed.error.issues, 'file').map((issue) => ({
      ...issue,
      message: `review data ${issue.message}`,
    }));
    const first = issues[0]!;
    throw new PromptgraphError(first.message, {
      code: 'review-data-invalid',
      file,
      line: first.line,
      column: first.column,
      exitCode: 2,
      issues,
    });
  }
  return parsed.data;
}
