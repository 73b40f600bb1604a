import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkImpact } from '../../src/query/impact/check-impact.js';
import { ImpactResultSchema, type ImpactResult, type RiskLevel } from '../../src/model/schema/impact-result.js';
import { formatCheckJson } from '../../src/output/report/check-json.js';
import { CheckResultSchema } from '../../src/model/schema/check-outcome.js';
import { fixturePath } from '../support/scan-fixture.js';

/** The saved impact result (risk high), every approval and eval given, so only the risk can fail the gate. */
function reviewed(level: RiskLevel): ImpactResult {
  const result = ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));
  return {
    ...result,
    approvals: result.approvals.map((approval) => ({ ...approval, satisfied: true })),
    evals: result.evals.map((evaluation) => ({ ...evaluation, passed: true })),
    interfaceChanges: result.interfaceChanges.map((change) => ({ ...change, bumped: true })),
    risk: { ...result.risk, level, reasons: [`the reasons for ${level}`] },
  };
}

describe('checkImpact --fail-on-risk', () => {
  it('passes whatever the risk without a threshold', () => {
    expect(checkImpact(reviewed('high'))).toEqual({ ok: true, failures: [], findings: [] });
  });

  it('fails when the risk is at the threshold or above, saying the level and its reasons', () => {
    expect(checkImpact(reviewed('unknown'), { failOnRisk: 'unknown' })).toEqual({
      ok: false,
      failures: ['risk unknown is at or above --fail-on-risk unknown: the reasons for unknown'],
      findings: [
        {
          reason: 'risk',
          message: 'risk unknown is at or above --fail-on-risk unknown: the reasons for unknown',
          // Located at the first changed prompt, where an annotation can point.
          file: 'shared/prompts/_persona.prompt',
          line: 1,
        },
      ],
      failOnRisk: 'unknown',
    });
    expect(checkImpact(reviewed('high'), { failOnRisk: 'unknown' }).ok).toBe(false);
  });

  it('passes below the threshold: unknown is below medium, low below unknown', () => {
    expect(checkImpact(reviewed('unknown'), { failOnRisk: 'medium' })).toEqual({
      ok: true,
      failures: [],
      findings: [],
      failOnRisk: 'medium',
    });
    expect(checkImpact(reviewed('low'), { failOnRisk: 'unknown' }).ok).toBe(true);
  });

  it('never fails on the risk of a change that changed no prompt, even at --fail-on-risk none', () => {
    const nothing = { ...reviewed('none'), changed: [] };
    expect(checkImpact(nothing, { failOnRisk: 'none' }).ok).toBe(true);
  });
});

describe('check --format json', () => {
  it('is the verdict, its failures and the impact judged, valid against its schema', () => {
    const result = reviewed('high');
    const outcome = checkImpact(result, { failOnRisk: 'high' });
    const document = JSON.parse(formatCheckJson(result, outcome));
    expect(CheckResultSchema.parse(document)).toEqual(document);
    expect(Object.keys(document)).toEqual([
      'schemaVersion',
      'schemaMinor',
      'ok',
      'failures',
      'failOnRisk',
      'findings',
      'impact',
    ]);
    expect(document.impact).toEqual(result);
  });
});
