import { describe, expect, it } from 'vitest';
import { matchVariants } from '../../src/query/impact/match-variants.js';

const changes = (base: string[], head: string[]) =>
  matchVariants(base, head).map(({ branch, change }) => `${branch} ${change}`);

describe('matchVariants', () => {
  it('reports only the edited branch of three as changed', () => {
    expect(matchVariants(['VIP', 'Trial', 'Basic'], ['VIP', 'Trial', 'Basic, politely'])).toEqual([
      { branch: 1, change: 'unchanged', base: 'VIP', head: 'VIP' },
      { branch: 2, change: 'unchanged', base: 'Trial', head: 'Trial' },
      { branch: 3, change: 'changed', base: 'Basic', head: 'Basic, politely' },
    ]);
  });

  it('matches branches as a set: reordered branches are unchanged', () => {
    expect(changes(['VIP', 'Trial', 'Basic'], ['Basic', 'VIP', 'Trial'])).toEqual([
      '1 unchanged',
      '2 unchanged',
      '3 unchanged',
    ]);
  });

  it('tells a new branch and a dropped one apart from an edit', () => {
    expect(changes(['VIP', 'Basic'], ['VIP', 'Basic', 'Trial'])).toEqual(['1 unchanged', '2 unchanged', '3 added']);
    expect(changes(['VIP', 'Trial', 'Basic'], ['VIP', 'Basic'])).toEqual(['1 unchanged', '2 unchanged', '2 removed']);
    expect(changes([], ['VIP', 'Basic'])).toEqual(['1 added', '2 added']);
  });
});
