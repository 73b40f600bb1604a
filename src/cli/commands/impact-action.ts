import path from 'node:path';
import { impact } from '../../api/impact.js';
import { formatImpactJson } from '../../output/report/impact-json.js';
import { formatImpactMarkdown } from '../../output/report/impact-markdown.js';
import { formatImpactText } from '../../output/report/impact-text.js';
import { formatImpactAnnotations } from '../../output/report/impact-annotations.js';
import { formatImpactComment } from '../../output/report/pr-comment.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import type { ImpactResult } from '../../model/schema/impact-result.js';
import { githubMode, type GithubCliOptions } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { usageError } from '../usage-error.js';
import { impactInputs } from './impact-inputs.js';
import type { ImpactCliOptions } from './impact-options.js';

const FORMATS = ['text', 'md', 'json', 'html', 'github'];

export async function runImpact(
  io: CliIo,
  dir: string,
  options: GlobalOptions & ImpactCliOptions & GithubCliOptions,
): Promise<number> {
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) throw usageError(`impact: unknown --format '${format}' (use ${FORMATS.join(', ')})`);
  const mode = githubMode(io, options, { writesComment: true });
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const inputs = await impactInputs(io, options);
  const result = await impact(root, inputs);
  const annotations = mode.active ? formatImpactAnnotations(result, { pathPrefix: await repositoryPrefix(root) }) : '';
  if (format === 'html') {
    const { impactMapHtml } = await import('./render-head-scan.js');
    await emit(io, options, await impactMapHtml(root, inputs, result));
  } else if (format === 'github') {
    if (annotations || options.out) await emit(io, options, annotations);
  } else {
    await emit(io, options, await formatImpact(result, format, io, options));
  }
  await publishGithub(io, options, mode, {
    annotations,
    summary: formatImpactMarkdown(result),
    comment: formatImpactComment(result),
  });
  return 0;
}

async function formatImpact(result: ImpactResult, format: string, io: CliIo, options: GlobalOptions): Promise<string> {
  if (format === 'json') return formatImpactJson(result);
  if (format === 'md') return formatImpactMarkdown(result);
  return formatImpactText(result, { color: useColor(io, options), verbose: Boolean(options.verbose) });
}
