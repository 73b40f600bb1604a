import { describe, expect, it } from 'vitest';
import { checkTextInvariants } from '../../src/query/contracts/check-text-invariants.js';
import { matchTextRule } from '../../src/query/contracts/text-rule.js';

describe('contract text rules', () => {
  it('matches plain text as written and a regex with its flags', () => {
    expect(matchTextRule('Offer a human agent.', 'human agent')).toEqual({
      found: true,
      index: 8,
      text: 'human agent',
    });
    expect(matchTextRule('Refunds GUARANTEED', { regex: 'refunds? guaranteed', flags: 'i' })).toEqual({
      found: true,
      index: 0,
      text: 'Refunds GUARANTEED',
    });
    expect(matchTextRule('nothing here', 'human')).toEqual({ found: false });
  });

  it('refuses a regex that may backtrack catastrophically, without running it', () => {
    const started = Date.now();
    const match = matchTextRule(`${'a'.repeat(40)}!`, { regex: '(a+)+$' });
    expect(match).toEqual({ found: false, refused: 'refused: it may backtrack catastrophically (ReDoS)' });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('stops a regex that passes the vetting but runs too long, as a refusal', () => {
    const match = matchTextRule(`${'a'.repeat(32)}!`, { regex: '(a|a)*$' });
    expect(match).toEqual({ found: false, refused: expect.stringMatching(/^refused: it ran longer than \d+ ms$/) });
  });

  it('reports each missing must_include and each forbidden match with its offset', () => {
    expect(
      checkTextInvariants('Aria promises a refund.', {
        must_include: ['Aria', 'human agent'],
        must_not_include: [{ regex: 'refunds?' }, 'credit'],
      }),
    ).toEqual([
      { kind: 'must_include', index: 1, message: 'must include "human agent", which it lacks' },
      {
        kind: 'must_not_include',
        index: 0,
        offset: 16,
        matched: 'refund',
        message: 'must not include /refunds?/, and contains "refund"',
      },
    ]);
  });
});
