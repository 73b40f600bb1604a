import type { AuditBaseline, AuditBaselineEntry, AuditResult } from '../../model/schema/audit-result.js';
import { sortBaselineEntries } from '../../model/sort-result.js';

/**
 * The audit against a baseline the team accepted: each finding the baseline
 * holds (by fingerprint, which survives line moves; as many times as the
 * baseline holds it) is `known` and does not fail the audit; any other is
 * `new`. Baseline entries no finding matches are `fixed`, so the baseline can
 * shrink (`--write-baseline`), never silently keep hiding a finding's return.
 */
export function applyBaseline(result: AuditResult, baseline: AuditBaseline): AuditResult {
  const accepted = new Map<string, AuditBaselineEntry[]>();
  for (const entry of baseline.findings) {
    const key = `${entry.rule}\0${entry.fingerprint}`;
    accepted.set(key, [...(accepted.get(key) ?? []), entry]);
  }
  const findings = result.findings.map((finding) => {
    const left = accepted.get(`${finding.rule}\0${finding.fingerprint}`);
    return { ...finding, baseline: left?.shift() ? ('known' as const) : ('new' as const) };
  });
  const fixed = [...accepted.values()].flat();
  return { ...result, findings, ...(fixed.length ? { fixed: sortBaselineEntries(fixed) } : {}) };
}
