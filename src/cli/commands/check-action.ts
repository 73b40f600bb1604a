import path from 'node:path';
import { check } from '../../api/impact.js';
import { paint } from '../../output/report/ansi.js';
import { formatCheckMarkdown } from '../../output/report/check-markdown.js';
import { formatCheckAnnotations } from '../../output/report/impact-annotations.js';
import { githubMode, type GithubCliOptions } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { usageError } from '../usage-error.js';
import { impactInputs } from './impact-inputs.js';
import type { ImpactCliOptions } from './impact-options.js';

/**
 * Prints one line per malformed contract, missing approval, missing eval or
 * unversioned interface break; exit 1 when there is any. Under GitHub each becomes an error annotation
 * and the verdict (with the impact report folded in) goes to the job summary.
 */
export async function runCheck(
  io: CliIo,
  dir: string,
  options: GlobalOptions & ImpactCliOptions & GithubCliOptions,
): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'github')
    throw usageError(
      `check: unknown --format '${format}' (check prints text, or github annotations; use impact --format json for the data)`,
    );
  const mode = githubMode(io, options, { writesComment: false });
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const { result, outcome } = await check(root, await impactInputs(io, options));
  const annotations = formatCheckAnnotations(outcome);
  if (format === 'github') {
    if (annotations || options.out) await emit(io, options, annotations);
  } else {
    const style = paint(useColor(io, options));
    const summary = `${result.changed.length} changed, ${result.affected.length} affected, risk ${result.risk.level}`;
    const text = outcome.ok
      ? `${style.green('✓')} promptgraph check passed (${summary})`
      : [`${style.red('✗')} promptgraph check failed (${summary}):`, ...outcome.failures].join('\n');
    await emit(io, options, text);
  }
  await publishGithub(io, options, mode, { annotations, summary: formatCheckMarkdown(result, outcome) });
  return outcome.ok ? 0 : 1;
}
