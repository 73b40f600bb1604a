import type { Severity } from '../../model/schema/common.js';
import type { AuditFinding, AuditResult, AuditRuleInfo } from '../../model/schema/audit-result.js';

/** Shared wording and grouping of audit reporters, so text, Markdown and annotations agree. */
export const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** `2 errors, 5 warnings, 1 info`; `no findings` when there are none. */
export function countsLabel(findings: readonly AuditFinding[]): string {
  if (!findings.length) return 'no findings';
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  const parts = [
    [count('error'), 'error', 'errors'],
    [count('warning'), 'warning', 'warnings'],
    [count('info'), 'info', 'info'],
  ] as const;
  return parts
    .filter(([total]) => total > 0)
    .map(([total, one, many]) => `${total} ${total === 1 ? one : many}`)
    .join(', ');
}

export interface RuleGroup {
  rule: AuditRuleInfo;
  severity: Severity;
  findings: AuditFinding[];
}

/** Findings by rule (a rule's findings share its level), errors first, then in the rules' own order; findings keep the document's order. */
export function groupByRule(result: AuditResult): RuleGroup[] {
  return result.rules
    .map((rule) => ({ rule, findings: result.findings.filter((finding) => finding.rule === rule.id) }))
    .filter((group) => group.findings.length > 0)
    .map((group) => ({ ...group, severity: group.findings[0]!.severity }))
    .sort((left, right) => SEVERITY_RANK[left.severity] - SEVERITY_RANK[right.severity]);
}

/** `file:line`, or the repository when a finding has no file. */
export const findingPlace = (finding: AuditFinding): string =>
  finding.file ? `${finding.file}${finding.line ? `:${finding.line}` : ''}` : '(repository)';
