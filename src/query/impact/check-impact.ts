import type { ImpactResult, RiskLevel } from '../../model/schema/impact-result.js';
import type { CheckOutcome } from '../../model/schema/check-outcome.js';
import { malformedContractLines } from './malformed-contracts.js';
import { violationText } from '../../model/violation-text.js';
import { approverLabel } from '../../model/owner-handle.js';
import { riskAtLeast } from './assess-risk.js';

export interface CheckOptions {
  /** Fail when the risk is at this level or above (`--fail-on-risk`); the risk alone never fails the gate without it. */
  failOnRisk?: RiskLevel;
}

/**
 * The CI gate over an impact result: what is still missing before the change may
 * merge. A risk of `unknown` needs no threshold to be gated: its prompts' own
 * owners are already required approvals (`find-approvals.ts`).
 */
export function checkImpact(result: ImpactResult, options: CheckOptions = {}): CheckOutcome {
  // A malformed contract comes first: it can hide the approvals and evals listed after it.
  const failures: string[] = malformedContractLines(result);
  for (const approval of result.approvals) {
    if (!approval.required || approval.satisfied) continue;
    const count = approval.count > 1 ? ` (${approval.approvedBy.length}/${approval.count} approvals)` : '';
    failures.push(`missing approval: ${approverLabel(approval)}${count} — ${approval.why.join('; ')}`);
  }
  for (const evaluation of result.evals) {
    if (evaluation.passed) continue;
    if (evaluation.results) {
      failures.push(`eval failed: ${evaluation.name} — ${evalRunText(evaluation.results)}`);
      continue;
    }
    failures.push(
      `missing eval: ${evaluation.name}${evaluation.command ? ` (run: ${evaluation.command})` : ''} — ${evaluation.why.join('; ')}`,
    );
  }
  const located = new Set(
    (result.violations ?? []).filter((entry) => entry.kind === 'output_schema').map((entry) => entry.contract),
  );
  for (const change of result.interfaceChanges) {
    // An output schema change without a bump is listed once, located, among the violations below.
    if (change.bumped || located.has(change.contract)) continue;
    failures.push(
      `contract ${change.contract} interface broke without a version bump (${change.reasons.join('; ')}); bump its version`,
    );
  }
  for (const violation of result.violations ?? []) failures.push(violationText(violation));
  if (options.failOnRisk && result.changed.length && riskAtLeast(result.risk.level, options.failOnRisk))
    failures.push(
      `risk ${result.risk.level} is at or above --fail-on-risk ${options.failOnRisk}: ${result.risk.reasons.join('; ')}`,
    );
  return { ok: failures.length === 0, failures, ...(options.failOnRisk ? { failOnRisk: options.failOnRisk } : {}) };
}

/** `2 of 5 head tests failed; no head result for x.prompt (results.json)`. */
function evalRunText(results: NonNullable<ImpactResult['evals'][number]['results']>): string {
  const total = results.head.passed + results.head.failed;
  const parts = [
    ...(results.head.failed ? [`${results.head.failed} of ${total} head tests failed`] : []),
    ...(total === 0 ? ['no head test ran'] : []),
    ...(results.missing.length ? [`no head result for ${results.missing.join(', ')}`] : []),
  ];
  return `${parts.join('; ')} (${results.sources.join(', ')})`;
}
