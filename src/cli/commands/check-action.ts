import { check } from '../../api/impact.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import { formatCheckMarkdown } from '../../output/report/check-markdown.js';
import { formatCheckAnnotations } from '../../output/report/impact-annotations.js';
import { CHECK_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { githubMode } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, reportContext, resolveDir } from '../io.js';
import type { CheckCommandOptions } from './command-options.js';
import { impactInputs } from './impact-inputs.js';

/**
 * Prints one line per malformed contract, missing approval, missing eval or
 * unversioned interface break; exit 1 when there is any. Under GitHub each becomes an error annotation
 * and the verdict (with the impact report folded in) goes to the job summary.
 */
export const runCheck: CommandAction<CheckCommandOptions> = async (io, [dir], options) => {
  const mode = githubMode(io, options, { writesComment: false });
  const root = resolveDir(io, dir);
  const { result, outcome } = await check(root, await impactInputs(io, options));
  // Annotations and SARIF locate violations on files, so they need the folder's place in the repository.
  const pathPrefix = mode.active || options.format === 'sarif' ? await repositoryPrefix(root) : '';
  const annotations = formatCheckAnnotations(outcome, result, { pathPrefix });
  if (options.format === 'github') {
    if (annotations || options.out) await emit(io, options, annotations);
  } else {
    await emit(
      io,
      options,
      CHECK_REPORTERS.get(options.format)!({ result, outcome }, reportContext(io, options, pathPrefix)),
    );
  }
  await publishGithub(io, options, mode, { annotations, summary: formatCheckMarkdown(result, outcome) });
  return outcome.ok ? 0 : 1;
};
