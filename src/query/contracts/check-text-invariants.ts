import type { TextRule } from '../../model/schema/contract-file.js';
import { matchTextRule, ruleLabel } from './text-rule.js';

/** The text rules of a contract (or of anything that states them the same way). */
export interface TextInvariants {
  must_include?: readonly TextRule[];
  must_not_include?: readonly TextRule[];
}

/** One broken text rule: which list and entry, why, and where in the text (for `must_not_include`). */
export interface TextViolation {
  kind: 'must_include' | 'must_not_include';
  /** Index of the rule in its list. */
  index: number;
  message: string;
  /** Offset of the forbidden match in the text. */
  offset?: number;
  /** The forbidden text matched. */
  matched?: string;
}

/**
 * Checks `must_include` and `must_not_include` against a text: every
 * `must_include` rule must match, no `must_not_include` rule may. A regex the
 * vetting refuses, or that runs out of time, is a violation of its rule (the
 * gate cannot vouch for it). Pure: the contract gate and the audit of agent
 * instruction files both call it.
 */
export function checkTextInvariants(text: string, rules: TextInvariants): TextViolation[] {
  const violations: TextViolation[] = [];
  (rules.must_include ?? []).forEach((rule, index) => {
    const match = matchTextRule(text, rule);
    if (match.found) return;
    violations.push({
      kind: 'must_include',
      index,
      message:
        'refused' in match
          ? `must_include ${ruleLabel(rule)} ${match.refused}`
          : `must include ${ruleLabel(rule)}, which it lacks`,
    });
  });
  (rules.must_not_include ?? []).forEach((rule, index) => {
    const match = matchTextRule(text, rule);
    if (match.found)
      violations.push({
        kind: 'must_not_include',
        index,
        offset: match.index,
        matched: match.text,
        message: `must not include ${ruleLabel(rule)}, and contains ${JSON.stringify(match.text.slice(0, 80))}`,
      });
    else if ('refused' in match)
      violations.push({
        kind: 'must_not_include',
        index,
        message: `must_not_include ${ruleLabel(rule)} ${match.refused}`,
      });
  });
  return violations;
}
