import { check } from '../../api/impact.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import { repositoryWebLinks } from '../../git/remote-web-links.js';
import { RISK_LEVELS } from '../../model/risk-levels.js';
import type { RiskLevel } from '../../model/schema/impact-result.js';
import { formatCheckMarkdown } from '../../output/report/check-markdown.js';
import { formatCheckAnnotations } from '../../output/report/impact-annotations.js';
import { CHECK_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { githubMode } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { usageError } from '../usage-error.js';
import type { CheckCommandOptions } from './command-options.js';
import { impactInputs } from './impact-inputs.js';
import { progressDisplay } from '../progress-display.js';

/**
 * Prints one line per malformed contract, missing approval, missing eval,
 * unversioned interface break or risk at or above `--fail-on-risk`; exit 1 when
 * there is any. Under GitHub each becomes an error annotation and the verdict
 * (with the impact report folded in) goes to the job summary.
 */
export const runCheck: CommandAction<CheckCommandOptions> = async (io, [dir], options) => {
  const failOnRisk = riskLevel(options.failOnRisk);
  const mode = githubMode(io, options, { writesComment: false });
  const root = resolveDir(io, dir);
  const progress = progressDisplay(io, options);
  const { result, outcome } = await check(root, {
    ...(await impactInputs(io, options)),
    ...(failOnRisk ? { failOnRisk } : {}),
    ...progress.options,
  }).finally(progress.stop);
  // Annotations, SARIF and Code Quality locate failures on files, so they need the folder's place in the repository.
  const pathPrefix =
    mode.active || ['sarif', 'github', 'codequality'].includes(options.format ?? '')
      ? await repositoryPrefix(root)
      : '';
  const annotations = formatCheckAnnotations(outcome, result, { pathPrefix });
  // Markdown links files to the web view; the remote is read only when Markdown is written.
  const links = options.format === 'md' || mode.active ? await repositoryWebLinks(root, result.head.commit) : undefined;
  if (options.format === 'github') {
    if (annotations || options.out) await emit(io, options, annotations);
  } else {
    const context = { ...reportContext(io, options, pathPrefix), ...(links ? { links } : {}) };
    await emit(io, options, CHECK_REPORTERS.get(options.format)!({ result, outcome }, context));
  }
  await publishGithub(io, options, mode, {
    annotations,
    summary: formatCheckMarkdown(result, outcome, links ? { links } : {}),
  });
  return outcome.ok ? 0 : 1;
};

function riskLevel(value: string | undefined): RiskLevel | undefined {
  if (value === undefined) return undefined;
  if (!(RISK_LEVELS as readonly string[]).includes(value))
    throw usageError(`check: unknown --fail-on-risk '${value}' (use ${RISK_LEVELS.join(', ')})`);
  return value as RiskLevel;
}
