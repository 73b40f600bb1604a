import { describe, expect, it } from 'vitest';
import { assessRisk } from '../../src/query/impact/assess-risk.js';

describe('assessRisk', () => {
  it('is low for a whitespace edit that reaches no one', () => {
    expect(
      assessRisk({
        changed: [{ id: 'a', classification: ['whitespace'] }],
        affected: [],
        teams: 0,
        interfaceChanges: [],
      }),
    ).toEqual({ level: 'low', reasons: ['whitespace only'] });
  });

  it('is medium for wording that reaches a consumer', () => {
    expect(
      assessRisk({
        changed: [{ id: 'a', classification: ['wording'] }],
        affected: [{ kind: 'consumer' }],
        teams: 1,
        interfaceChanges: [],
      }),
    ).toEqual({ level: 'medium', reasons: ['1 team reached', '1 consumer reached', 'change classes: wording'] });
  });

  it('is high when three teams are reached', () => {
    expect(
      assessRisk({ changed: [{ id: 'a', classification: ['wording'] }], affected: [], teams: 3, interfaceChanges: [] })
        .level,
    ).toBe('high');
  });

  it('is high for a removed prompt', () => {
    expect(
      assessRisk({ changed: [{ id: 'a', classification: ['removed'] }], affected: [], teams: 0, interfaceChanges: [] }),
    ).toEqual({ level: 'high', reasons: ['breaking change classes: removed'] });
  });
});
