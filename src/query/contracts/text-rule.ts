import vm from 'node:vm';
import safeRegex from 'safe-regex2';
import type { TextRule } from '../../model/schema/contract-file.js';

/** A regular expression gets this long to answer on one text; one that takes longer is a violation, never a hang. */
const REGEX_TIME_LIMIT_MS = 250;

export type TextMatch =
  | { found: true; index: number; text: string }
  | { found: false }
  | { found: false; refused: string };

const context = vm.createContext({});
const search = new vm.Script('pattern.exec(text)');

/**
 * Where a `must_include`/`must_not_include` rule matches `text`. Plain text is
 * compared as written. A regex is vetted first (safe-regex2 refuses star
 * height above one, the shape of catastrophic backtracking) and then run in
 * a separate context under a time limit, so a pattern from a contract can
 * neither hang the gate nor see anything but the text.
 */
export function matchTextRule(text: string, rule: TextRule): TextMatch {
  if (typeof rule === 'string') {
    const index = text.indexOf(rule);
    return index === -1 ? { found: false } : { found: true, index, text: rule };
  }
  let pattern: RegExp;
  try {
    pattern = new RegExp(rule.regex, rule.flags ?? '');
  } catch (error) {
    return { found: false, refused: `not a valid regular expression (${(error as Error).message})` };
  }
  if (!safeRegex(pattern)) return { found: false, refused: 'refused: it may backtrack catastrophically (ReDoS)' };
  context.pattern = pattern;
  context.text = text;
  try {
    const match = search.runInContext(context, { timeout: REGEX_TIME_LIMIT_MS }) as RegExpExecArray | null;
    return match ? { found: true, index: match.index, text: match[0] } : { found: false };
  } catch {
    return { found: false, refused: `refused: it ran longer than ${REGEX_TIME_LIMIT_MS} ms` };
  } finally {
    context.pattern = undefined;
    context.text = undefined;
  }
}

/** How a rule reads in a message: the text quoted, or `/regex/flags`. */
export const ruleLabel = (rule: TextRule): string =>
  typeof rule === 'string' ? JSON.stringify(rule) : `/${rule.regex}/${rule.flags ?? ''}`;
