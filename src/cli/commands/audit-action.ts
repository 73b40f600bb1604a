import { audit } from '../../api/audit.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import type { Severity } from '../../model/schema/common.js';
import { formatAuditAnnotations } from '../../output/report/audit-annotations.js';
import { formatAuditMarkdown } from '../../output/report/audit-markdown.js';
import { formatAuditBaseline } from '../../output/report/audit-baseline.js';
import { AUDIT_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { githubMode } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { writeOutputFile } from '../write-output-file.js';
import { loadConfigOption } from '../load-config-option.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import { usageError } from '../usage-error.js';
import type { AuditCommandOptions } from './command-options.js';
import { readAuditBaseline } from './read-audit-baseline.js';

const FAIL_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, none: -1 };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/**
 * `audit`: scan, run the rules, print the chosen format, exit 1 when a finding
 * reaches `--fail-on`, known findings of a `--baseline` excepted. With
 * `--write-baseline` the findings are accepted into that file and the exit is 0.
 */
export const runAudit: CommandAction<AuditCommandOptions> = async (io, [dir], options) => {
  const failOn = options.failOn ?? 'error';
  if (!Object.hasOwn(FAIL_RANK, failOn))
    throw usageError(`audit: unknown --fail-on '${failOn}' (use error, warning, info or none)`);
  const mode = githubMode(io, options, { writesComment: false });
  const root = resolveDir(io, dir);
  const config = await loadConfigOption(io, options);
  const baseline = options.baseline ? await readAuditBaseline(io, options.baseline) : undefined;
  const progress = progressDisplay(io, options);
  const result = await audit(root, {
    ...(config ? { config } : {}),
    ...(baseline ? { baseline } : {}),
    ...testsOption(options),
    ...cacheOption(io, options),
    ...progress.options,
  }).finally(progress.stop);
  if (options.writeBaseline) {
    await writeOutputFile(io, options.writeBaseline, formatAuditBaseline(result));
    if (!options.quiet)
      io.stderr.write(
        `promptgraph audit: wrote ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'} to ${options.writeBaseline}; pass --baseline ${options.writeBaseline} to fail only on new ones\n`,
      );
  }
  // Annotations and SARIF locations are repository-relative even when the audit ran in a subfolder.
  const pathPrefix =
    options.format === 'sarif' || options.format === 'codequality' || mode.active ? await repositoryPrefix(root) : '';
  const annotations = formatAuditAnnotations(result, { pathPrefix });
  const output =
    options.format === 'github'
      ? annotations
      : AUDIT_REPORTERS.get(options.format)!(result, reportContext(io, options, pathPrefix));
  if (output || options.out) await emit(io, options, output);
  await publishGithub(io, options, mode, { annotations, summary: formatAuditMarkdown(result) });

  if (options.writeBaseline) return 0;
  const failing = result.findings.filter(
    (finding) => finding.baseline !== 'known' && RANK[finding.severity] <= FAIL_RANK[failOn]!,
  );
  if (failing.length && options.format !== 'text' && !options.quiet)
    io.stderr.write(
      `promptgraph audit: ${failing.length}${baseline ? ' new' : ''} finding${failing.length === 1 ? '' : 's'} at or above --fail-on ${failOn}\n`,
    );
  return failing.length ? 1 : 0;
};
