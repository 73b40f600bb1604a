import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { CheckOutcome } from '../../model/schema/check-outcome.js';
import { classLabel, plural } from './impact-labels.js';
import { annotation, annotationBlock } from './workflow-commands.js';
import { violationText } from '../../model/violation-text.js';
import { ownerType, ownersPhrase } from '../../model/owner-handle.js';

/**
 * A warning annotation on every changed prompt and fragment (not on removed ones:
 * their lines are gone), saying what kind of change it is and how far it reaches,
 * so a reviewer sees the blast radius on the diff itself.
 */
export function formatImpactAnnotations(result: ImpactResult, options: { pathPrefix?: string } = {}): string {
  const types = new Map(result.teams.map((owner) => [owner.team, owner.type]));
  const typeOf = (handle: string) => types.get(handle) ?? ownerType(handle);
  const lines = result.changed
    .filter(
      (node) =>
        (node.kind === 'prompt' || node.kind === 'fragment') && node.file && !node.classification.includes('removed'),
    )
    .map((node) => {
      const reached = result.affected.filter((affected) => affected.path[0] === node.id);
      const consumers = reached.filter(
        (affected) => affected.kind === 'consumer' && affected.certainty !== 'possible',
      ).length;
      const possible = reached.filter(
        (affected) => affected.kind === 'consumer' && affected.certainty === 'possible',
      ).length;
      const owners = [...new Set(reached.flatMap((affected) => affected.owners))].sort();
      const change = classLabel(node.classification, result.base !== null, node.variants);
      const gap = result.risk.unknown.find((entry) => entry.id === node.id);
      const reach = reached.length
        ? `reaches ${plural(reached.length, 'node')} (${plural(consumers, 'consumer')}${possible ? `, ${possible} possible` : ''})${owners.length ? ` owned by ${ownersPhrase(owners, typeOf)}` : ''}`
        : 'reaches nothing else in the graph';
      const unknown = gap ? ` Its consumers are unknown (${gap.message}).` : '';
      return annotation(
        'warning',
        `${node.id} changed (${change}) and ${reach}.${unknown} The job summary lists the approvals and evals this change needs.`,
        {
          file: `${options.pathPrefix ?? ''}${node.file}`,
          line: node.range.start,
          endLine: node.range.end,
          title: `promptgraph: ${node.kind} changed (${change})`,
        },
      );
    });
  return annotationBlock(lines);
}

/**
 * One error annotation per reason `check` fails (a malformed contract, a missing
 * approval, a missing or failed eval, an unversioned interface break, a contract
 * violation), on the file and line it comes from, so GitHub shows it there. A
 * contract violation sits on the prompt line that breaks it, naming the contract
 * rule's file and line.
 */
export function formatCheckAnnotations(
  outcome: CheckOutcome,
  result?: ImpactResult,
  options: { pathPrefix?: string } = {},
): string {
  const violations = new Map((result?.violations ?? []).map((violation) => [violationText(violation), violation]));
  const prefixed = (file: string) => `${options.pathPrefix ?? ''}${file}`;
  return annotationBlock(
    outcome.findings.map(({ message, file, line }) => {
      const violation = violations.get(message);
      if (violation)
        return annotation(
          'error',
          `${violation.message} (contract rule at ${violation.contractLocation.file}:${violation.contractLocation.line})`,
          {
            file: prefixed(violation.promptLocation.file),
            line: violation.promptLocation.line,
            title: `promptgraph: contract violation (${violation.kind})`,
          },
        );
      return annotation('error', message, {
        ...(file ? { file: prefixed(file), line } : {}),
        title: 'promptgraph check failed',
      });
    }),
  );
}
