import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ReviewDataSchema, type ReviewDataFile } from '../../model/schema/review-data.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { locatedZodIssues } from '../../model/located-zod-issues.js';
import { readYaml } from '../../model/read-yaml.js';
import type { CliIo } from '../io.js';
import { jsonSyntaxError } from '../json-syntax-error.js';
import { usageError } from '../usage-error.js';

/**
 * A `--review-data` file: JSON (its documented format), or YAML when it is named
 * `.yaml`/`.yml`. Every error names file:line:column in the file's own syntax;
 * a schema error is placed through the YAML parser, which reads JSON too.
 */
export async function readReviewData(io: CliIo, file: string): Promise<ReviewDataFile> {
  const absolute = path.resolve(io.cwd ?? process.cwd(), file);
  // A FIFO would block the read forever: only a regular file is read.
  if (
    !(await stat(absolute).then(
      (entry) => entry.isFile(),
      () => false,
    ))
  )
    throw usageError(`cannot read review data file ${file}: not a readable regular file`);
  const raw = await readFile(absolute, 'utf8').catch(() => {
    throw usageError(`cannot read review data file ${file}`);
  });
  const text = raw.replace(/^\uFEFF/, '');
  const yaml = /\.ya?ml$/i.test(file);
  // The YAML parser reads JSON too, and places a schema error in either syntax.
  const { document, lineCounter, problems, value } = readYaml(text, { uniqueKeys: false });
  const invalid = (message: string, line: number, column: number) =>
    new PromptgraphError(message, { code: 'review-data-invalid', file, line, column, exitCode: 2 });
  if (yaml) {
    const problem = problems[0];
    if (problem) throw invalid(`review data is not valid YAML: ${problem.message}`, problem.line, problem.column);
  } else {
    const syntax = jsonSyntaxError(text);
    if (syntax) {
      const { line, col } = lineCounter.linePos(syntax.offset);
      throw invalid(`review data is not valid JSON: ${syntax.message}`, line, col);
    }
  }
  const parsed = ReviewDataSchema.safeParse((yaml ? value : JSON.parse(text)) ?? {});
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
