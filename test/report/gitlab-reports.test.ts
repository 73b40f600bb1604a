import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckOutcome } from '../../src/model/schema/check-outcome.js';
import { ImpactResultSchema, type ImpactResult } from '../../src/model/schema/impact-result.js';
import { formatAuditCodeQuality, formatCheckCodeQuality } from '../../src/output/report/code-quality.js';
import { GITLAB_NOTE_LIMIT, formatMergeRequestNote } from '../../src/output/report/merge-request-note.js';
import { IMPACT_COMMENT_MARKER } from '../../src/output/report/pr-comment.js';
import { checkImpact } from '../../src/query/impact/check-impact.js';
import { validCodeQuality } from '../support/gitlab-code-quality.js';
import { fixturePath } from '../support/scan-fixture.js';
import { cleanAudit, savedAudit } from './audit-document.js';

/** The saved impact of a persona change: @acme/platform's approval and the pipeline eval missing, an interface broken. */
const savedImpact = (): ImpactResult =>
  ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));

describe('GitLab Code Quality reports', () => {
  it('turn each audit finding into an issue of GitLab’s documented format, keeping its fingerprint', () => {
    const issues = validCodeQuality(formatAuditCodeQuality(savedAudit()));
    expect(issues.map((issue) => `${issue.check_name} ${issue.severity} ${issue.location.path}`)).toEqual([
      'promptgraph/include-cycle major prompts/_closing.prompt',
      'promptgraph/orphan-prompt info prompts/refund, policy: v2.md',
      'promptgraph/unowned-prompt minor prompts/refund, policy: v2.md',
    ]);
    expect(issues[0]).toEqual({
      description: expect.stringMatching(/^include cycle prompts\/_closing\.prompt/),
      check_name: 'promptgraph/include-cycle',
      fingerprint: 'dd48c6b4d158a51527da5456d59c110e',
      severity: 'major',
      location: { path: 'prompts/_closing.prompt', lines: { begin: 1, end: 2 } },
    });
  });

  it('place audit paths from the repository root when the audit ran in a subfolder, and write [] when clean', () => {
    const [issue] = validCodeQuality(formatAuditCodeQuality(savedAudit(), { pathPrefix: 'services/bot/' }));
    expect(issue?.location.path).toBe('services/bot/prompts/_closing.prompt');
    expect(formatAuditCodeQuality(cleanAudit())).toBe('[]\n');
  });

  it('turn each reason the gate fails into a critical issue at the place it concerns', () => {
    const issues = validCodeQuality(formatCheckCodeQuality(checkImpact(savedImpact())));
    expect(issues.map((issue) => [issue.check_name, issue.location])).toEqual([
      ['promptgraph/check/missing-approval', { path: 'contracts/persona.yaml', lines: { begin: 1 } }],
      ['promptgraph/check/missing-eval', { path: 'contracts/persona.yaml', lines: { begin: 13 } }],
      ['promptgraph/check/interface-break', { path: 'shared/prompts/_persona.prompt', lines: { begin: 1 } }],
    ]);
    expect(issues.every((issue) => issue.severity === 'critical')).toBe(true);
    expect(new Set(issues.map((issue) => issue.fingerprint)).size).toBe(3);
  });

  it('fingerprint a gate failure by what it is, not where, so it stays the same issue across pipelines', () => {
    const moved = savedImpact();
    moved.changed[0]!.range = { start: 7, end: 9 };
    const before = validCodeQuality(formatCheckCodeQuality(checkImpact(savedImpact())));
    const after = validCodeQuality(formatCheckCodeQuality(checkImpact(moved)));
    expect(after.map((issue) => issue.fingerprint)).toEqual(before.map((issue) => issue.fingerprint));
    expect(after[2]?.location).toEqual({ path: 'shared/prompts/_persona.prompt', lines: { begin: 7 } });
  });

  it('fingerprint a failure whose message names lines (a contract violation) the same when those lines move', () => {
    const violation = (line: number, prompt = 'prompts/reply.prompt'): CheckOutcome['findings'][number] => ({
      reason: 'contract-violation',
      message: `contract violation (must_not_include): ${prompt} — includes "guarantee" [contract contracts/reply.yaml:4, prompt ${prompt}:${line}]`,
      file: prompt,
      line,
    });
    const fingerprints = (...findings: CheckOutcome['findings']) =>
      validCodeQuality(formatCheckCodeQuality({ ok: false, failures: findings.map((f) => f.message), findings })).map(
        (issue) => issue.fingerprint,
      );
    const [at3, at9, other] = fingerprints(violation(3), violation(9), violation(3, 'prompts/refund.prompt'));
    expect(at9).toBe(at3);
    expect(other).not.toBe(at3);
  });

  it('are checked by a schema that refuses what GitLab would: an unknown severity, an absolute path, no line', () => {
    const issue = JSON.parse(formatAuditCodeQuality(savedAudit()))[0];
    const broken = [
      { ...issue, severity: 'error' },
      { ...issue, location: { ...issue.location, path: '/repo/prompts/_closing.prompt' } },
      { ...issue, location: { path: issue.location.path } },
    ];
    for (const report of broken) expect(() => validCodeQuality(JSON.stringify([report]))).toThrow();
    expect(validCodeQuality(JSON.stringify([issue]))).toEqual([issue]);
  });

  it('fail a check with --fail-on-risk on the first changed prompt, as one critical issue', () => {
    const result = savedImpact();
    const [issue, ...rest] = validCodeQuality(
      formatCheckCodeQuality(
        checkImpact({ ...result, approvals: [], evals: [], interfaceChanges: [] }, { failOnRisk: 'high' }),
      ),
    );
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      check_name: 'promptgraph/check/risk',
      severity: 'critical',
      location: { path: 'shared/prompts/_persona.prompt', lines: { begin: 1 } },
    });
  });
});

describe('GitLab merge-request note', () => {
  it('starts with the marker the posting step finds it by, then the impact Markdown', () => {
    const note = formatMergeRequestNote(savedImpact());
    expect(note.split('\n').slice(0, 2)).toEqual([IMPACT_COMMENT_MARKER, '## promptgraph impact: high risk']);
    expect(note).toContain('```mermaid\nflowchart LR\n');
  });

  it("is budgeted for GitLab's note limit, not GitHub's comment limit", () => {
    const result = savedImpact();
    const [affected] = result.affected;
    result.affected = Array.from({ length: 120 }, (_, index) => ({
      ...affected!,
      id: `packages/app${index}/prompts/reply.prompt`,
      diff: `${'-old line\n'.repeat(300)}${'+new line\n'.repeat(300)}`,
    }));
    const note = formatMergeRequestNote(result);
    expect(note.length).toBeGreaterThan(65_536);
    expect(note.length).toBeLessThanOrEqual(GITLAB_NOTE_LIMIT);
    expect(note).not.toContain('Shortened');
  });
});
