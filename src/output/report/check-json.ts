import type { CheckOutcome, CheckResult } from '../../model/schema/check-outcome.js';
import { IMPACT_SCHEMA_MINOR, SCHEMA_VERSION } from '../../model/schema/common.js';
import type { ImpactResult } from '../../model/schema/impact-result.js';

/** `check --format json` (contracts/check-result.schema.json): the verdict, its failures and the impact it judged. */
export function formatCheckJson(result: ImpactResult, outcome: CheckOutcome): string {
  const document: CheckResult = {
    schemaVersion: SCHEMA_VERSION,
    schemaMinor: IMPACT_SCHEMA_MINOR,
    ok: outcome.ok,
    failures: outcome.failures,
    ...(outcome.failOnRisk ? { failOnRisk: outcome.failOnRisk } : {}),
    findings: outcome.findings,
    impact: result,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
