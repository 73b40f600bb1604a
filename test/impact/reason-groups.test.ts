import { describe, expect, it } from 'vitest';
import { LISTED_NAMES, ReasonGroups } from '../../src/query/impact/reason-groups.js';

describe('ReasonGroups', () => {
  it('counts the names past the listed ones instead of repeating a reason per node', () => {
    const reasons = new ReasonGroups();
    for (let index = 0; index < LISTED_NAMES + 3; index++)
      reasons.add('owns affected', { id: `p${index}.prompt`, kind: 'prompt' }, ' (c says notify)');
    const listed = Array.from({ length: LISTED_NAMES }, (_, index) => `p${index}.prompt`).join(', ');
    expect(reasons.sentences()).toEqual([`owns affected prompts ${listed} and 3 more (c says notify)`]);
  });

  it('keeps reasons with different tails apart, in the order they came', () => {
    const reasons = new ReasonGroups();
    reasons.add('owns affected', { id: 'a', kind: 'prompt' }, ' (x says required)');
    reasons.add('owns affected', { id: 'b', kind: 'prompt' }, ' (y says notify)');
    reasons.add('owns affected', { id: 'a', kind: 'prompt' }, ' (x says required)');
    expect(reasons.sentences()).toEqual([
      'owns affected prompt a (x says required)',
      'owns affected prompt b (y says notify)',
    ]);
  });
});
