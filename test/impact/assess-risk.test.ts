import { describe, expect, it } from 'vitest';
import { assessRisk, riskAtLeast } from '../../src/query/impact/assess-risk.js';
import type { UnknownReach } from '../../src/model/schema/impact-result.js';

const noConsumer = (id: string): UnknownReach => ({
  id,
  reason: 'no-consumer',
  message: `no consumer found for ${id}`,
});

describe('assessRisk', () => {
  it('is low for a whitespace edit that reaches no one', () => {
    expect(
      assessRisk({
        changed: [{ id: 'a', classification: ['whitespace'] }],
        affected: [],
        teams: 0,
        interfaceChanges: [],
      }),
    ).toEqual({ level: 'low', reasons: ['whitespace only'], unknown: [] });
  });

  it('is medium for wording that reaches a consumer', () => {
    expect(
      assessRisk({
        changed: [{ id: 'a', classification: ['wording'] }],
        affected: [{ kind: 'consumer' }],
        teams: 1,
        interfaceChanges: [],
      }),
    ).toEqual({
      level: 'medium',
      reasons: ['1 team reached', '1 consumer reached', 'change classes: wording'],
      unknown: [],
    });
  });

  it('is high when three teams are reached', () => {
    expect(
      assessRisk({ changed: [{ id: 'a', classification: ['wording'] }], affected: [], teams: 3, interfaceChanges: [] })
        .level,
    ).toBe('high');
  });

  it('counts individual users apart: three of them reached raise nothing, and are not called teams', () => {
    const risk = assessRisk({
      changed: [{ id: 'a', classification: ['wording'] }],
      affected: [],
      teams: 0,
      users: 3,
      interfaceChanges: [],
    });
    expect(risk.level).toBe('low');
    expect(risk.reasons).toEqual(['3 individual owners reached', 'change classes: wording']);
  });

  it('is high for a removed prompt', () => {
    expect(
      assessRisk({ changed: [{ id: 'a', classification: ['removed'] }], affected: [], teams: 0, interfaceChanges: [] }),
    ).toEqual({ level: 'high', reasons: ['breaking change classes: removed'], unknown: [] });
  });

  it('is unknown, above low, when a changed prompt reaches no known consumer, and says which and why', () => {
    const risk = assessRisk({
      changed: [{ id: 'prompts/system.md', classification: ['whitespace'] }],
      affected: [],
      teams: 0,
      interfaceChanges: [],
      unknown: [noConsumer('prompts/system.md')],
    });
    expect(risk).toEqual({
      level: 'unknown',
      reasons: ['consumers unknown for prompts/system.md (no consumer found)', 'whitespace only'],
      unknown: [noConsumer('prompts/system.md')],
    });
  });

  it('keeps a higher level when reach is also unknown, still giving the reason', () => {
    const risk = assessRisk({
      changed: [{ id: 'a', classification: ['removed'] }],
      affected: [],
      teams: 0,
      interfaceChanges: [],
      unknown: [noConsumer('a')],
    });
    expect(risk.level).toBe('high');
    expect(risk.reasons).toContain('consumers unknown for a (no consumer found)');
  });

  it('orders the levels none < low < unknown < medium < high', () => {
    expect(riskAtLeast('unknown', 'low')).toBe(true);
    expect(riskAtLeast('low', 'unknown')).toBe(false);
    expect(riskAtLeast('medium', 'unknown')).toBe(true);
    expect(riskAtLeast('unknown', 'medium')).toBe(false);
    expect(riskAtLeast('none', 'none')).toBe(true);
  });
});
