import type { Approval, ImpactResult } from '../../model/schema/impact-result.js';
import { revisionText } from './commit-labels.js';

/** Shared wording of impact reporters, so text and Markdown say the same thing. */
export function revisionLabel(result: ImpactResult): string {
  const side = (revision: { ref: string; commit?: string } | null) =>
    revision ? revisionText(revision) : 'no base (--files)';
  return `${side(result.base)} → ${result.head.ref === 'working-tree' ? 'working tree' : side(result.head)}`;
}

export function classLabel(
  classification: readonly string[],
  hasBase: boolean,
  variants?: readonly { branch: number; change: string }[],
): string {
  if (classification.length) return `${classification.join(', ')}${branchLabel(variants)}`;
  return hasBase ? 'unchanged text' : 'changed (no base to compare)';
}

/** ` (branch 3 of 3 changed)`: which branches of a text with several the change is in; empty when it is not such a text. */
export function branchLabel(variants: readonly { branch: number; change: string }[] | undefined): string {
  const edited = variants?.filter((variant) => variant.change !== 'unchanged') ?? [];
  if (!edited.length) return '';
  const atHead = variants!.filter((variant) => variant.change !== 'removed').length;
  const atBase = variants!.filter((variant) => variant.change !== 'added').length;
  const each = edited.map(
    (variant) => `branch ${variant.branch} of ${variant.change === 'removed' ? atBase : atHead} ${variant.change}`,
  );
  return ` (${each.join(', ')})`;
}

export function variableLabel(variables: { added: string[]; removed: string[] }): string {
  return [...variables.added.map((name) => `+${name}`), ...variables.removed.map((name) => `-${name}`)].join(' ');
}

export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** `812 → 845 (+33)`, `845` without a base, `≈` before an approximate count; empty for a node with no text. */
export function tokenLabel(tokens: ImpactResult['changed'][number]['tokens']): string {
  if (!tokens) return '';
  const about = tokens.approximate ? '≈' : '';
  if (tokens.base !== undefined && tokens.head !== undefined) {
    const delta = tokens.head - tokens.base;
    return `${about}${tokens.base} → ${tokens.head} (${delta > 0 ? '+' : ''}${delta})`;
  }
  return `${about}${tokens.head ?? tokens.base}`;
}

/** The owners of a result split by type, teams first: what "Teams" and "Users" lines list. */
export function ownersByType(result: Pick<ImpactResult, 'teams'>): { teams: string[]; users: string[] } {
  return {
    teams: result.teams.filter((owner) => owner.type === 'team').map((owner) => owner.team),
    users: result.teams.filter((owner) => owner.type === 'user').map((owner) => owner.team),
  };
}

/** `approvals`: the given ones that count, out of those needed (`1/1`, `0/2`). */
export const approvalCount = (approval: Pick<Approval, 'approvedBy' | 'count'>): string =>
  `${Math.min(approval.approvedBy.length, approval.count)}/${approval.count}`;
