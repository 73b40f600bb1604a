import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { MapChange, MapOverlay } from '../../model/map-data.js';

/**
 * The map's change overlay from an impact result: changed and affected node
 * ids, and for each what its panel shows: the rendered composed diff, the
 * token delta, the approvals and evals it brings in (those whose reasons name
 * it) and the contract rules it breaks; apart, the affected nodes only flows
 * lost statically reach (possible consumers) and where those flows were lost.
 */
export function overlayFromImpact(result: ImpactResult): MapOverlay {
  const details: Record<string, MapChange> = {};
  for (const node of [...result.changed, ...result.affected]) {
    const names = (why: readonly string[]) => why.some((reason) => mentions(reason, node.id));
    details[node.id] = {
      classification: node.classification,
      ...(node.diff ? { diff: node.diff } : {}),
      ...(node.tokens ? { tokens: node.tokens } : {}),
      approvals: result.approvals
        .filter((approval) => names(approval.why))
        .map((approval) => ({
          approver: approval.approver,
          needed: approval.count,
          given: approval.approvedBy.length,
          required: approval.required,
          satisfied: approval.satisfied,
        })),
      evals: result.evals
        .filter((evaluation) => evaluation.prompts?.includes(node.id) || names(evaluation.why))
        .map((evaluation) => ({
          name: evaluation.name,
          scope: evaluation.scope,
          passed: evaluation.passed,
          ...(evaluation.command ? { command: evaluation.command } : {}),
        })),
      violations: (result.violations ?? [])
        .filter((violation) => violation.prompt === node.id)
        .map((violation) => ({
          kind: violation.kind,
          message: violation.message,
          contract: violation.contract,
          at: `${violation.contractLocation.file}:${violation.contractLocation.line}`,
        })),
      ...('certainty' in node && node.certainty === 'possible' ? { possibleVia: node.possibleVia ?? [] } : {}),
    };
  }
  const possible = result.affected.filter((node) => node.certainty === 'possible').map((node) => node.id);
  return {
    changed: result.changed.map((node) => node.id),
    affected: result.affected.map((node) => node.id),
    ...(possible.length ? { possible } : {}),
    details,
  };
}

/** Whether a reason names the node as a whole word (`x.ts#A` is not named by a reason about `x.ts#AB`). */
const mentions = (reason: string, id: string): boolean => {
  const at = reason.indexOf(id);
  if (at === -1) return false;
  const after = reason[at + id.length];
  return after === undefined || !/[\w#.\-/]/.test(after);
};
