import type { Suppression } from '../../model/schema/scan-result.js';
import type { AuditFinding } from '../../model/schema/audit-result.js';

/** One rule a suppression names, and whether a finding used it. */
export interface SuppressionUse {
  suppression: Suppression;
  rule: string;
  used: boolean;
}

/**
 * Drops the findings a suppression names: a `next-line` comment covers findings
 * of its rules on the line after it (on a file's first line, line 1 too: a
 * whole-file prompt has no line before it); a front matter key covers its rules
 * in the whole file. Says which named rules covered something.
 */
export function applySuppressions(
  findings: readonly AuditFinding[],
  suppressions: readonly Suppression[],
): { kept: AuditFinding[]; suppressed: number; uses: SuppressionUse[] } {
  const uses = suppressions.flatMap((suppression) =>
    suppression.rules.map((rule): SuppressionUse => ({ suppression, rule, used: false })),
  );
  const covering = (finding: AuditFinding) =>
    uses.filter(({ suppression, rule }) => {
      if (rule !== finding.rule || suppression.file !== finding.file) return false;
      if (suppression.scope === 'file') return true;
      return finding.line === suppression.line + 1 || (suppression.line === 1 && finding.line === 1);
    });
  const kept: AuditFinding[] = [];
  for (const finding of findings) {
    const found = covering(finding);
    for (const use of found) use.used = true;
    if (!found.length) kept.push(finding);
  }
  return { kept, suppressed: findings.length - kept.length, uses };
}
