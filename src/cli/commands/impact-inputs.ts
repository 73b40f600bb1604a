import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { ImpactOptions } from '../../impact/impact.js';
import { ReviewDataSchema } from '../../schema/review-data.js';
import { PromptgraphError } from '../../errors/promptgraph-error.js';
import { zodIssueLocation } from '../../config/zod-issue-location.js';
import type { CliIo, GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { splitList, type ImpactCliOptions } from './impact-options.js';

/** Turns `impact`/`check` flags (and a review-data file) into the library's options. */
export async function impactInputs(io: CliIo, options: GlobalOptions & ImpactCliOptions): Promise<ImpactOptions> {
  if (!options.base && options.files === undefined) throw usageError('give --base <rev> to compare with git, or --files a,b to name the changed files', 'e.g. promptgraph impact --base origin/main');
  if (options.files !== undefined && (options.base || options.head)) throw usageError('--files cannot be combined with --base or --head');
  const review = options.reviewData ? await readReviewData(io, options.reviewData) : { approvedBy: [], evalsPassed: [] };
  const config = await loadConfigOption(io, options);
  return {
    ...(options.base ? { base: options.base } : {}),
    ...(options.head ? { head: options.head } : {}),
    ...(options.files !== undefined ? { files: splitList(options.files) } : {}),
    ...(config ? { config } : {}),
    review: {
      approvedBy: [...new Set([...review.approvedBy, ...splitList(options.approvedBy)])].sort(),
      evalsPassed: [...new Set([...review.evalsPassed, ...splitList(options.evalsPassed)])].sort(),
      ...(review.teams ? { teams: review.teams } : {}),
    },
  };
}

async function readReviewData(io: CliIo, file: string) {
  const text = await readFile(path.resolve(io.cwd ?? process.cwd(), file), 'utf8').catch(() => {
    throw usageError(`cannot read review data file ${file}`);
  });
  // JSON is YAML, and the YAML parser gives positions for errors.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const syntax = document.errors[0];
  if (syntax) {
    const { line, col } = lineCounter.linePos(syntax.pos[0]);
    throw new PromptgraphError(`review data is not valid JSON: ${syntax.message.split('\n')[0]}`, { code: 'review-data-invalid', file, line, column: col, exitCode: 2 });
  }
  const parsed = ReviewDataSchema.safeParse(document.toJS() ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const { line, column } = zodIssueLocation(document, lineCounter, issue);
    throw new PromptgraphError(`review data ${issue.path.join('.') || 'file'}: ${issue.message}`, { code: 'review-data-invalid', file, line, column, exitCode: 2 });
  }
  return parsed.data;
}
