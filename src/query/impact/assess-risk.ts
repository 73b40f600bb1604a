import type { ChangeClass, InterfaceChange, Risk } from '../../model/schema/impact-result.js';

interface RiskFacts {
  changed: { id: string; classification: ChangeClass[] }[];
  affected: { kind: string }[];
  teams: number;
  interfaceChanges: InterfaceChange[];
}

const BREAKING: ChangeClass[] = ['removed', 'output'];

/**
 * One word and the reasons behind it. `high`: an interface broke, a prompt was
 * removed or its output changed, or three or more teams are reached. `medium`:
 * wording, variables or structure changed and something downstream (a consumer
 * or another team) is reached. `low`: the rest of real changes. `none`: no prompt changed.
 */
export function assessRisk(facts: RiskFacts): Risk {
  if (!facts.changed.length) return { level: 'none', reasons: ['no prompt, fragment or consumer changed'] };
  const reasons: string[] = [];
  const consumers = facts.affected.filter((node) => node.kind === 'consumer').length;
  const classes = new Set(facts.changed.flatMap((node) => node.classification));
  let level: Risk['level'] = 'low';
  const raise = (to: Risk['level']) => {
    const order: Risk['level'][] = ['none', 'low', 'medium', 'high'];
    if (order.indexOf(to) > order.indexOf(level)) level = to;
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
  if (facts.teams >= 3) raise('high');
  else if (facts.teams >= 2) raise('medium');
  if (facts.teams) reasons.push(`${facts.teams} team${facts.teams > 1 ? 's' : ''} reached`);
  if (consumers) {
    if (['wording', 'variables', 'structure', 'code', 'renamed'].some((entry) => classes.has(entry as ChangeClass)))
      raise('medium');
    reasons.push(`${consumers} consumer${consumers > 1 ? 's' : ''} reached`);
  }
  const nonBreaking = [...classes].filter((entry) => !BREAKING.includes(entry));
  if (classes.size === 1 && classes.has('whitespace')) reasons.push('whitespace only');
  else if (nonBreaking.length) reasons.push(`change classes: ${nonBreaking.join(', ')}`);
  return { level, reasons };
}
