import type { CodeownersRequirement } from './impact-input.js';

/** The rules of a changed file; a bare list of handles is one rule. */
export function codeownersRules(
  entry: readonly CodeownersRequirement[] | readonly string[] | undefined,
): CodeownersRequirement[] {
  if (!entry?.length) return [];
  if (typeof entry[0] === 'string') return [{ owners: [...(entry as readonly string[])] }];
  return (entry as readonly CodeownersRequirement[]).filter((rule) => rule.owners.length);
}

/** ` (.github/CODEOWNERS line 3, section Docs)`, or nothing when the rule's place is not known. */
export function ruleLabel(rule: CodeownersRequirement): string {
  const parts = [
    ...(rule.line ? [`${rule.file ? `${rule.file} ` : ''}line ${rule.line}`] : []),
    ...(rule.section ? [`section ${rule.section}`] : []),
  ];
  return parts.length ? ` (${parts.join(', ')})` : '';
}
