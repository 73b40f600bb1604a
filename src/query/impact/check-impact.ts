import type { ImpactResult, RiskLevel } from '../../model/schema/impact-result.js';
import type { CheckFinding, CheckOutcome } from '../../model/schema/check-outcome.js';
import { malformedContracts } from './malformed-contracts.js';
import { violationText } from '../../model/violation-text.js';
import { approverLabel } from '../../model/owner-handle.js';
import { riskAtLeast } from './assess-risk.js';

export interface CheckOptions {
  /** Fail when the risk is at this level or above (`--fail-on-risk`); the risk alone never fails the gate without it. */
  failOnRisk?: RiskLevel;
}

/**
 * The CI gate over an impact result: what is still missing before the change may
 * merge, each with where it comes from. A risk of `unknown` needs no threshold to
 * be gated: its prompts' own owners are already required approvals (`find-approvals.ts`).
 */
export function checkImpact(result: ImpactResult, options: CheckOptions = {}): CheckOutcome {
  // A malformed contract comes first: it can hide the approvals and evals listed after it.
  const findings: CheckFinding[] = malformedContracts(result).map(({ message, file, line, column }) => ({
    reason: 'malformed-contract',
    message,
    file,
    line,
    ...(column ? { column } : {}),
  }));
  for (const approval of result.approvals) {
    if (!approval.required || approval.satisfied) continue;
    const count = approval.count > 1 ? ` (${approval.approvedBy.length}/${approval.count} approvals)` : '';
    findings.push({
      reason: 'missing-approval',
      message: `missing approval: ${approverLabel(approval)}${count} — ${approval.why.join('; ')}`,
      file: approval.file ?? '',
      line: approval.line ?? 1,
    });
  }
  for (const evaluation of result.evals) {
    if (evaluation.passed) continue;
    const place = { file: evaluation.file, line: evaluation.line ?? 1 };
    findings.push(
      evaluation.results
        ? {
            reason: 'eval-failed',
            message: `eval failed: ${evaluation.name} — ${evalRunText(evaluation.results)}`,
            ...place,
          }
        : {
            reason: 'missing-eval',
            message: `missing eval: ${evaluation.name}${evaluation.command ? ` (run: ${evaluation.command})` : ''} — ${evaluation.why.join('; ')}`,
            ...place,
          },
    );
  }
  const located = new Set(
    (result.violations ?? []).filter((entry) => entry.kind === 'output_schema').map((entry) => entry.contract),
  );
  for (const change of result.interfaceChanges) {
    // An output schema change without a bump is listed once, located, among the violations below.
    if (change.bumped || located.has(change.contract)) continue;
    findings.push({
      reason: 'interface-break',
      message: `contract ${change.contract} interface broke without a version bump (${change.reasons.join('; ')}); bump its version`,
      ...placeOfNode(result, change.nodes[0], change.contract),
    });
  }
  for (const violation of result.violations ?? [])
    findings.push({
      reason: 'contract-violation',
      message: violationText(violation),
      file: violation.promptLocation.file,
      line: Math.max(violation.promptLocation.line, 1),
    });
  if (options.failOnRisk && result.changed.length && riskAtLeast(result.risk.level, options.failOnRisk))
    findings.push({
      reason: 'risk',
      message: `risk ${result.risk.level} is at or above --fail-on-risk ${options.failOnRisk}: ${result.risk.reasons.join('; ')}`,
      ...placeOfNode(result, result.changed[0]?.id, ''),
    });
  return {
    ok: findings.length === 0,
    failures: findings.map((finding) => finding.message),
    ...(options.failOnRisk ? { failOnRisk: options.failOnRisk } : {}),
    findings,
  };
}

/** The changed (or affected) prompt's first line; failing that, the contract's file. */
function placeOfNode(result: ImpactResult, id: string | undefined, contract: string): { file: string; line: number } {
  const node = [...result.changed, ...result.affected].find((candidate) => candidate.id === id);
  if (node?.file) return { file: node.file, line: Math.max(node.range.start, 1) };
  return { file: contract.replace(/^contract:/, ''), line: 1 };
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
