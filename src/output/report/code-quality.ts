import { createHash } from 'node:crypto';
import type { AuditResult } from '../../model/schema/audit-result.js';
import type { CheckFinding, CheckOutcome } from '../../model/schema/check-outcome.js';
import type { Severity } from '../../model/schema/common.js';

/**
 * GitLab's Code Quality report (the `artifacts:reports:codequality` file): an
 * array of issues, each with `description`, `check_name`, `fingerprint`,
 * `severity` (info, minor, major, critical, blocker) and `location.path` with
 * `location.lines.begin`, as docs.gitlab.com/ci/testing/code_quality/ (Code
 * Quality report format) lists them. GitLab shows new issues on the merge
 * request and in the diff, matched across pipelines by fingerprint.
 */
export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end?: number } };
}

const SEVERITY: Record<Severity, CodeQualityIssue['severity']> = { error: 'major', warning: 'minor', info: 'info' };

/** A path GitLab resolves from the repository root: the audited folder's prefix, and `.` for the repository itself. */
const located = (prefix: string, file: string): string => `${prefix}${file}` || prefix.replace(/\/$/, '') || '.';

const json = (issues: CodeQualityIssue[]): string => `${JSON.stringify(issues, null, 2)}\n`;

/** Audit findings as Code Quality issues, keeping each finding's fingerprint (built from its nodes, never its lines). */
export function formatAuditCodeQuality(result: AuditResult, options: { pathPrefix?: string } = {}): string {
  return json(
    result.findings.map((finding) => ({
      description: finding.message,
      check_name: `promptgraph/${finding.rule}`,
      fingerprint: finding.fingerprint,
      severity: SEVERITY[finding.severity],
      location: {
        path: located(options.pathPrefix ?? '', finding.file),
        lines: {
          begin: Math.max(1, finding.line),
          ...(finding.endLine > finding.line ? { end: finding.endLine } : {}),
        },
      },
    })),
  );
}

/**
 * What a gate failure is, without where: its reason, file and message with every
 * `:line` and `:line:column` taken out, so that moving the lines it points at
 * keeps it the same issue across pipelines.
 */
const identity = (finding: CheckFinding): string =>
  `${finding.reason}\0${finding.file}\0${finding.message.replace(/:\d+(?::\d+)?/g, '')}`;

/** The gate's located findings as Code Quality issues: each blocks the merge, so each is `critical`, at the place it names. */
export function formatCheckCodeQuality(outcome: CheckOutcome, options: { pathPrefix?: string } = {}): string {
  return json(
    outcome.findings.map((finding) => ({
      description: finding.message,
      check_name: `promptgraph/check/${finding.reason}`,
      fingerprint: createHash('sha256').update(identity(finding)).digest('hex').slice(0, 32),
      severity: 'critical',
      location: { path: located(options.pathPrefix ?? '', finding.file), lines: { begin: Math.max(1, finding.line) } },
    })),
  );
}
