import type { TeamApproval } from '../../model/schema/contract-file.js';
import type { ReleasePrompt, ReleaseReport } from '../../model/schema/release-report.js';
import { classLabel } from './impact-labels.js';
import { ownerType, type OwnerType } from '../../model/owner-handle.js';

/** `@ada`, or `2 of @acme/platform` when a team must approve more than once. */
export const countedApprover = (handle: string, count: number): string =>
  count > 1 ? `${count} of ${handle}` : handle;

/** A contract's approver as written: a handle, or `{ team, count }`. */
export const approverLabel = (approver: string | TeamApproval): string =>
  typeof approver === 'string' ? approver : countedApprover(approver.team, approver.count);

/** How a prompt changed, and whether only through what it includes. */
export const changeLabel = (prompt: ReleasePrompt): string =>
  `${classLabel(prompt.classification, true)}${prompt.change === 'included' ? ' (through included fragments)' : ''}`;

/** Distinct commits that changed at least one listed prompt. */
export const releaseCommitCount = (report: ReleaseReport): number =>
  new Set(report.prompts.flatMap((prompt) => prompt.commits.map((entry) => entry.commit))).size;

/** What a prompt changed through, in words: `its own text`, then the fragments it includes that changed. */
export function throughParts(prompt: ReleasePrompt): { own: boolean; fragments: string[] } {
  return { own: prompt.through.includes(prompt.id), fragments: prompt.through.filter((id) => id !== prompt.id) };
}

/** What each owner handle of the report is (a team or a user), as its `teams` list says; by shape otherwise. */
export function ownerTypeIn(report: Pick<ReleaseReport, 'teams'>): (handle: string) => OwnerType {
  const types = new Map(report.teams.map((owner) => [owner.team, owner.type]));
  return (handle) => types.get(handle) ?? ownerType(handle);
}
