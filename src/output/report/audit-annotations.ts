import type { AuditResult } from '../../model/schema/audit-result.js';
import { SEVERITY_RANK } from './audit-labels.js';
import { annotation, annotationBlock, type AnnotationLevel } from './workflow-commands.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const satisfies Record<string, AnnotationLevel>;

/**
 * One workflow-command annotation per audit finding (known findings of a baseline excepted), errors first (GitHub shows
 * only the first few of each level per step), at the finding's file and lines.
 * `pathPrefix` makes paths repository-relative when the audit ran in a subfolder.
 */
export function formatAuditAnnotations(result: AuditResult, options: { pathPrefix?: string } = {}): string {
  const titles = new Map(result.rules.map((rule) => [rule.id, rule.title]));
  // A finding the baseline accepted is no news on a pull request: only new ones are annotated.
  const findings = result.findings
    .filter((finding) => finding.baseline !== 'known')
    .sort((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity]);
  return annotationBlock(
    findings.map((finding) =>
      annotation(LEVEL[finding.severity], finding.message, {
        ...(finding.file
          ? { file: `${options.pathPrefix ?? ''}${finding.file}`, line: finding.line, endLine: finding.endLine }
          : {}),
        title: `promptgraph ${finding.rule}: ${titles.get(finding.rule) ?? finding.rule}`,
      }),
    ),
  );
}
