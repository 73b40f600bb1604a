import type { AuditBaseline, AuditResult } from '../../model/schema/audit-result.js';
import { sortBaselineEntries } from '../../model/sort-result.js';

/** The baseline of an audit: every finding it holds, as `--write-baseline` writes it. */
export function baselineOf(result: AuditResult): AuditBaseline {
  return {
    schemaVersion: 1,
    findings: sortBaselineEntries(
      result.findings.map(({ rule, fingerprint, file, message }) => ({ rule, fingerprint, file, message })),
    ),
  };
}

/** The baseline file of an audit (`contracts/audit-baseline.schema.json`): sorted, stable, one entry per finding. */
export const formatAuditBaseline = (result: AuditResult): string => `${JSON.stringify(baselineOf(result), null, 2)}\n`;
