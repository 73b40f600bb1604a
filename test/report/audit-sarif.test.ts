import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, formatAuditSarif } from '../../src/output/report/audit-sarif.js';
import { validSarif } from '../support/sarif-validator.js';
import { cleanAudit, savedAudit } from './audit-document.js';

describe('audit SARIF reporter', () => {
  it('writes valid SARIF 2.1.0, also for a clean audit', () => {
    expect(validSarif(formatAuditSarif(savedAudit())).version).toBe('2.1.0');
    expect(validSarif(formatAuditSarif(cleanAudit())).runs[0]!.results).toEqual([]);
  });

  it('lists the rules that ran with descriptions and their configured level, leaving out rules turned off', () => {
    const { rules } = validSarif(formatAuditSarif(savedAudit())).runs[0]!.tool.driver;
    expect(rules.map((rule) => rule.id)).not.toContain('contract-without-evals');
    expect(rules).toHaveLength(9);
    expect(rules[0]).toMatchObject({
      id: 'include-cycle',
      shortDescription: { text: 'Include cycle' },
      defaultConfiguration: { level: 'error' },
    });
    expect(rules.find((rule) => rule.id === 'orphan-prompt')?.defaultConfiguration.level).toBe('note');
    expect(rules.every((rule) => rule.fullDescription.text.length > 40)).toBe(true);
  });

  it('gives each result its rule, level, a repository-relative encoded location from line 1 and a fingerprint', () => {
    const [run] = validSarif(formatAuditSarif(savedAudit())).runs;
    expect(run!.results.map((result) => `${result.ruleId}#${result.ruleIndex} ${result.level}`)).toEqual([
      'include-cycle#0 error',
      'orphan-prompt#8 note',
      'unowned-prompt#4 warning',
    ]);
    expect(run!.results.map((result) => run!.tool.driver.rules[result.ruleIndex]!.id)).toEqual(
      run!.results.map((result) => result.ruleId),
    );
    expect(run!.results[2]!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'prompts/refund%2C%20policy%3A%20v2.md' },
      region: { startLine: 3, endLine: 4 },
    });
    expect(run!.results[2]!.partialFingerprints).toEqual({ [FINGERPRINT_KEY]: savedAudit().findings[2]!.fingerprint });
  });

  it('prefixes locations with where the audited folder sits in the repository', () => {
    const [run] = validSarif(formatAuditSarif(savedAudit(), { pathPrefix: 'services/support/' })).runs;
    expect(run!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'services/support/prompts/_closing.prompt',
    );
  });

  it('raises a finding without a line to start at line 1', () => {
    const document = savedAudit();
    document.findings[0] = { ...document.findings[0]!, line: 0, endLine: 0 };
    const [run] = validSarif(formatAuditSarif(document)).runs;
    expect(run!.results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 1, endLine: 1 });
  });
});
