import { audit } from '../../src/api/audit.js';
import type { AuditFinding } from '../../src/model/schema/audit-result.js';
import type { AuditRuleId } from '../../src/model/schema/audit-rules.js';
import { fixturePath } from '../support/scan-fixture.js';

/** Audits `fixtures/audit/<folder>` with the library API and keeps the findings of one rule. */
export async function findingsOf(rule: AuditRuleId, folder: string = rule): Promise<AuditFinding[]> {
  const result = await audit(fixturePath('audit', folder));
  return result.findings.filter((finding) => finding.rule === rule);
}

/** `file:line-endLine severity` per finding, for readable assertions on where a rule fires. */
export const places = (findings: AuditFinding[]): string[] =>
  findings.map((finding) => `${finding.file}:${finding.line}-${finding.endLine} ${finding.severity}`);
