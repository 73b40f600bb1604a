import path from 'node:path';
import { audit } from '../../api/audit.js';
import { repositoryPrefix } from '../../git/repository-prefix.js';
import { formatAuditAnnotations } from '../../output/report/audit-annotations.js';
import { formatAuditJson } from '../../output/report/audit-json.js';
import { formatAuditMarkdown } from '../../output/report/audit-markdown.js';
import { formatAuditSarif } from '../../output/report/audit-sarif.js';
import { formatAuditText } from '../../output/report/audit-text.js';
import type { AuditResult } from '../../model/schema/audit-result.js';
import type { Severity } from '../../model/schema/common.js';
import { githubMode, type GithubCliOptions } from '../github/github-mode.js';
import { publishGithub } from '../github/publish-github.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { progressReporter } from '../progress.js';
import { usageError } from '../usage-error.js';

const FORMATS = ['text', 'json', 'md', 'sarif', 'github'];
const FAIL_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, none: -1 };
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface AuditCliOptions extends GithubCliOptions {
  failOn?: string;
}

/** `audit`: scan, run the rules, print the chosen format, exit 1 when a finding reaches `--fail-on`. */
export async function runAudit(io: CliIo, dir: string, options: GlobalOptions & AuditCliOptions): Promise<number> {
  const format = options.format ?? 'text';
  if (!FORMATS.includes(format)) throw usageError(`audit: unknown --format '${format}' (use ${FORMATS.join(', ')})`);
  const failOn = options.failOn ?? 'error';
  if (!(failOn in FAIL_RANK))
    throw usageError(`audit: unknown --fail-on '${failOn}' (use error, warning, info or none)`);
  const mode = githubMode(io, options, { writesComment: false });
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const config = await loadConfigOption(io, options);
  const progress = progressReporter(io, options, 'auditing');
  const result = await audit(root, { ...(config ? { config } : {}), ...(progress ? { onProgress: progress } : {}) });
  // Annotations and SARIF locations are repository-relative even when the audit ran in a subfolder.
  const pathPrefix = format === 'sarif' || mode.active ? await repositoryPrefix(root) : '';
  const annotations = formatAuditAnnotations(result, { pathPrefix });

  const output = format === 'github' ? annotations : formatAudit(result, format, pathPrefix, useColor(io, options));
  if (output || options.out) await emit(io, options, output);
  await publishGithub(io, options, mode, { annotations, summary: formatAuditMarkdown(result) });

  const failing = result.findings.filter((finding) => RANK[finding.severity] <= FAIL_RANK[failOn]!);
  if (failing.length && format !== 'text' && !options.quiet)
    io.stderr.write(
      `promptgraph audit: ${failing.length} finding${failing.length === 1 ? '' : 's'} at or above --fail-on ${failOn}\n`,
    );
  return failing.length ? 1 : 0;
}

function formatAudit(result: AuditResult, format: string, pathPrefix: string, color: boolean): string {
  if (format === 'json') return formatAuditJson(result);
  if (format === 'md') return formatAuditMarkdown(result);
  if (format === 'sarif') return formatAuditSarif(result, { pathPrefix });
  return formatAuditText(result, { color });
}
