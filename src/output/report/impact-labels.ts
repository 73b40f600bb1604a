import type { ImpactResult } from '../../model/schema/impact-result.js';
import { revisionText } from './commit-labels.js';

/** Shared wording of impact reporters, so text and Markdown say the same thing. */
export function revisionLabel(result: ImpactResult): string {
  const side = (revision: { ref: string; commit?: string } | null) =>
    revision ? revisionText(revision) : 'no base (--files)';
  return `${side(result.base)} → ${result.head.ref === 'working-tree' ? 'working tree' : side(result.head)}`;
}

export function classLabel(classification: readonly string[], hasBase: boolean): string {
  if (classification.length) return classification.join(', ');
  return hasBase ? 'unchanged text' : 'changed (no base to compare)';
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
