import type { ChangeClass, InterfaceChange, Risk, RiskLevel, UnknownReach } from '../../model/schema/impact-result.js';
import { LISTED_NAMES } from './reason-groups.js';
import { RISK_LEVELS } from '../../model/risk-levels.js';

interface RiskFacts {
  changed: { id: string; classification: ChangeClass[] }[];
  affected: { kind: string; certainty?: 'certain' | 'possible' }[];
  /** Owners reached that are teams; individual users are counted apart and raise nothing. */
  teams: number;
  users?: number;
  interfaceChanges: InterfaceChange[];
  /** Changed prompts and fragments whose consumers are unknown. */
  unknown?: UnknownReach[];
}

const BREAKING: ChangeClass[] = ['removed', 'output'];

/** Whether `level` is at least `threshold` in the order none < low < unknown < medium < high. */
export const riskAtLeast = (level: RiskLevel, threshold: RiskLevel): boolean =>
  RISK_LEVELS.indexOf(level) >= RISK_LEVELS.indexOf(threshold);

/**
 * One word and the reasons behind it. `high`: an interface broke, a prompt was
 * removed or its output changed, or three or more teams are reached. `medium`:
 * wording, variables or structure changed and something downstream (a consumer
 * or another team) is reached. `unknown`: a changed prompt or fragment reaches
 * no known consumer, so the blast radius cannot be told (never lower than that);
 * possible consumers alone are such a gap, and raise nothing themselves.
 * `low`: the rest of real changes. `none`: no prompt changed.
 */
export function assessRisk(facts: RiskFacts): Risk {
  const unknown = facts.unknown ?? [];
  if (!facts.changed.length) return { level: 'none', reasons: ['no prompt, fragment or consumer changed'], unknown };
  const reasons: string[] = [];
  // A possible consumer (a flow lost statically) is reported and notified, but claims no reach: it raises nothing.
  const consumers = facts.affected.filter((node) => node.kind === 'consumer' && node.certainty !== 'possible').length;
  const possibleConsumers = facts.affected.filter(
    (node) => node.kind === 'consumer' && node.certainty === 'possible',
  ).length;
  const classes = new Set(facts.changed.flatMap((node) => node.classification));
  let level: RiskLevel = 'low';
  const raise = (to: RiskLevel) => {
    if (!riskAtLeast(level, to)) level = to;
  };
  const unbumped = facts.interfaceChanges.filter((change) => !change.bumped);
  if (unbumped.length) {
    raise('high');
    reasons.push(`${unbumped.length} contract interface${unbumped.length > 1 ? 's' : ''} broke without a version bump`);
  } else if (facts.interfaceChanges.length) {
    raise('medium');
    reasons.push(
      `${facts.interfaceChanges.length} contract interface change${facts.interfaceChanges.length > 1 ? 's' : ''} (version bumped)`,
    );
  }
  const breaking = BREAKING.filter((entry) => classes.has(entry));
  if (breaking.length) {
    raise('high');
    reasons.push(`breaking change classes: ${breaking.join(', ')}`);
  }
  if (unknown.length) {
    raise('unknown');
    reasons.push(unknownReason(unknown));
  }
  if (facts.teams >= 3) raise('high');
  else if (facts.teams >= 2) raise('medium');
  if (facts.teams) reasons.push(`${facts.teams} team${facts.teams > 1 ? 's' : ''} reached`);
  if (facts.users) reasons.push(`${facts.users} individual owner${facts.users > 1 ? 's' : ''} reached`);
  if (consumers) {
    if (['wording', 'variables', 'structure', 'code', 'renamed'].some((entry) => classes.has(entry as ChangeClass)))
      raise('medium');
    reasons.push(`${consumers} consumer${consumers > 1 ? 's' : ''} reached`);
  }
  if (possibleConsumers)
    reasons.push(`${possibleConsumers} possible consumer${possibleConsumers > 1 ? 's' : ''} (flow lost statically)`);
  const nonBreaking = [...classes].filter((entry) => !BREAKING.includes(entry));
  if (classes.size === 1 && classes.has('whitespace')) reasons.push('whitespace only');
  else if (nonBreaking.length) reasons.push(`change classes: ${nonBreaking.join(', ')}`);
  return { level, reasons, unknown };
}

/** `consumers unknown for prompt a (no consumer found)`, listing at most LISTED_NAMES ids. */
function unknownReason(unknown: readonly UnknownReach[]): string {
  const byReason = new Map<string, string[]>();
  for (const gap of unknown) byReason.set(gap.reason, [...(byReason.get(gap.reason) ?? []), gap.id]);
  const parts = [...byReason].map(([reason, ids]) => {
    const shown = ids.slice(0, LISTED_NAMES).join(', ');
    const more = ids.length > LISTED_NAMES ? ` and ${ids.length - LISTED_NAMES} more` : '';
    return `${shown}${more} (${REASON_TEXT[reason] ?? reason})`;
  });
  return `consumers unknown for ${parts.join('; ')}`;
}

const REASON_TEXT: Record<string, string> = {
  'no-consumer': 'no consumer found',
  'possible-consumer': 'only possible consumers found',
};
