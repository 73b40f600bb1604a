import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatAuditAnnotations } from '../../src/output/report/audit-annotations.js';
import { formatAuditMarkdown } from '../../src/output/report/audit-markdown.js';
import { formatCheckMarkdown } from '../../src/output/report/check-markdown.js';
import { formatCheckAnnotations, formatImpactAnnotations } from '../../src/output/report/impact-annotations.js';
import { IMPACT_COMMENT_MARKER, formatImpactComment } from '../../src/output/report/pr-comment.js';
import { GITHUB_COMMENT_LIMIT } from '../../src/output/report/impact-markdown.js';
import { checkImpact } from '../../src/query/impact/check-impact.js';
import { ImpactResultSchema, type ImpactResult } from '../../src/model/schema/impact-result.js';
import { fixturePath } from '../support/scan-fixture.js';
import { cleanAudit, savedAudit } from './audit-document.js';

/** The saved impact result of test/impact/impact-reporters.test.ts: a persona fragment changed, one prompt includes it. */
const savedImpact = (): ImpactResult =>
  ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));

describe('audit Markdown (job summary)', () => {
  it("heads with the totals, tables the rules, then lists each rule's findings", () => {
    const markdown = formatAuditMarkdown(savedAudit());
    expect(markdown.startsWith('## promptgraph audit: 1 error, 1 warning, 1 info\n\n| | rule | findings |\n')).toBe(
      true,
    );
    expect(markdown).toContain(
      '| ❌ error | `include-cycle` Include cycle | 1 |\n| ⚠️ warning | `unowned-prompt` Prompt without an owner | 1 |\n| ℹ️ info | `orphan-prompt` Prompt no code uses | 1 |',
    );
    expect(markdown).toContain('### ⚠️ `unowned-prompt` — Prompt without an owner');
    expect(markdown).toContain(
      '| `prompts/refund, policy: v2.md:3` | prompt prompts/refund, policy: v2.md has no owner',
    );
  });

  it('keeps messages from breaking the table or rendering HTML', () => {
    const document = savedAudit();
    document.findings[0] = { ...document.findings[0]!, message: 'a | b <img src=x onerror=alert(1)>' };
    expect(formatAuditMarkdown(document)).toContain('| a \\| b &lt;img src=x onerror=alert(1)&gt; |');
  });

  it('says how many rules ran when there is nothing to report', () => {
    expect(formatAuditMarkdown(cleanAudit())).toBe(
      '## promptgraph audit: no findings\n\nNo findings in `support-bot`: 9 rules ran.\n',
    );
  });
});

describe('annotations', () => {
  it('annotate every audit finding at its lines, errors first, info as notices, paths escaped', () => {
    expect(formatAuditAnnotations(savedAudit()).split('\n')).toEqual([
      '::error file=prompts/_closing.prompt,line=1,endLine=2,title=promptgraph include-cycle%3A Include cycle::include cycle prompts/_closing.prompt → prompts/_greeting.prompt → prompts/_closing.prompt: composition cannot finish; move the shared part into a fragment both include',
      expect.stringMatching(
        /^::warning file=prompts\/refund%2C policy%3A v2\.md,line=3,endLine=4,title=promptgraph unowned-prompt%3A Prompt without an owner::prompt prompts\/refund, policy: v2\.md has no owner/,
      ),
      expect.stringMatching(
        /^::notice file=prompts\/refund%2C policy%3A v2\.md,line=3,endLine=4,title=promptgraph orphan-prompt%3A Prompt no code uses::/,
      ),
      '',
    ]);
  });

  it('prefix audit paths when the audit ran in a subfolder of the repository', () => {
    expect(formatAuditAnnotations(savedAudit(), { pathPrefix: 'services/bot/' })).toContain(
      '::error file=services/bot/prompts/_closing.prompt,',
    );
  });

  it('annotate a changed fragment with its change and what it reaches', () => {
    expect(formatImpactAnnotations(savedImpact())).toBe(
      '::warning file=shared/prompts/_persona.prompt,line=1,endLine=2,title=promptgraph%3A fragment changed (wording%2C variables)::shared/prompts/_persona.prompt changed (wording, variables) and reaches 1 node (0 consumers) owned by 1 team (@acme/support). Its consumers are unknown (no consumer found for fragment shared/prompts/_persona.prompt: nothing traced sends it to a model, so who it reaches is unknown). The job summary lists the approvals and evals this change needs.\n',
    );
  });

  it('turn each reason check fails into an error annotation, and print nothing when it passes', () => {
    const outcome = checkImpact(savedImpact());
    const lines = formatCheckAnnotations(outcome).trimEnd().split('\n');
    expect(lines).toHaveLength(outcome.failures.length);
    expect(lines[0]).toMatch(
      /^::error file=[^,]+,line=\d+,title=promptgraph check failed::missing approval: @acme\/platform/,
    );
    expect(formatCheckAnnotations({ ok: true, failures: [], findings: [] })).toBe('');
  });

  it('put each check annotation on its file and line, prefixed when check ran in a subfolder', () => {
    const outcome = {
      ok: false,
      failures: ['missing eval: tone — eval of changed reply.prompt'],
      findings: [
        {
          reason: 'missing-eval' as const,
          message: 'missing eval: tone — eval of changed reply.prompt',
          file: 'contracts/reply.yaml',
          line: 7,
        },
      ],
    };
    expect(formatCheckAnnotations(outcome, undefined, { pathPrefix: 'services/bot/' })).toBe(
      '::error file=services/bot/contracts/reply.yaml,line=7,title=promptgraph check failed::missing eval: tone — eval of changed reply.prompt\n',
    );
  });
});

describe('check summary and PR comment', () => {
  it('the check summary gives the verdict and every failure, with the impact report folded underneath', () => {
    const markdown = formatCheckMarkdown(savedImpact(), checkImpact(savedImpact()));
    expect(markdown.startsWith('## ❌ promptgraph check failed\n\n- missing approval: @acme/platform')).toBe(true);
    expect(markdown).toContain('<details><summary>Impact report</summary>\n\n## promptgraph impact: high risk');
    expect(markdown.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('the PR comment starts with the hidden marker a later step finds it by', () => {
    const comment = formatImpactComment(savedImpact());
    expect(comment.split('\n')[0]).toBe(IMPACT_COMMENT_MARKER);
    expect(comment.split('\n')[1]).toBe('## promptgraph impact: high risk');
  });

  it("the PR comment, marker included, stays under GitHub's comment limit when diffs fill it", () => {
    const result = savedImpact();
    const [affected] = result.affected;
    result.affected = Array.from({ length: 60 }, (_, index) => ({
      ...affected!,
      id: `packages/app${index}/prompts/reply.prompt`,
      diff: '+ a composed line of the prompt\n'.repeat(50),
    }));
    const comment = formatImpactComment(result);
    expect(comment).toMatch(
      /\*\*Shortened\*\* to stay under GitHub's 65536-character comment limit: \d+ of 60 diffs of affected nodes not shown/,
    );
    expect(comment.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT - 2500);
    expect(comment.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
  });
});
