import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { auditScan } from '../../../src/query/audit/run-audit.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule unowned-prompt', () => {
  it('reports prompts no CODEOWNERS line or contract owns, and none that either owns', async () => {
    const findings = await findingsOf('unowned-prompt');
    expect(places(findings)).toEqual([
      'legacy/prompts/summary.md:1-1 warning',
      'prompts/drafts/greeting.prompt:1-1 warning',
    ]);
    expect(findings.map((finding) => finding.nodes)).toEqual([
      ['legacy/prompts/summary.md'],
      ['prompts/drafts/greeting.prompt'],
    ]);
  });

  it('names the CODEOWNERS line that un-owns a prompt on purpose', async () => {
    const [, unowned] = await findingsOf('unowned-prompt');
    expect(unowned?.message).toContain('.github/CODEOWNERS line 2 (/prompts/drafts/) un-owns it');
  });
});

describe('unowned-prompt stays silent on real-world text that is no prompt', () => {
  it.each([
    [
      'ts-locale-ui-strings',
      'UI labels under a locale file’s Settings.Prompt and InputTemplate keys (NextChat, cline)',
    ],
    [
      'name-heuristic-non-prompts',
      'a title pattern, an HTML header, a path, a cost string and a LaTeX document named *_TEMPLATE/*prompt*',
    ],
  ])('%s: %s', async (fixture) => {
    const result = await audit(fixturePath('audit-real', fixture));
    expect(result.findings.filter((finding) => finding.rule === 'unowned-prompt')).toEqual([]);
  });
});

describe('unowned-prompt and data a template binds', () => {
  it('asks no owner for a CSV a POML table binds (poml examples/assets), while the prompt that binds it does', async () => {
    const result = auditScan(
      await scan(
        memoryFileSource('repo', {
          'examples/orders_qa.poml':
            '<poml>\n<p>Answer questions about these orders.</p>\n<table src="assets/orders.csv"/>\n</poml>\n',
          'examples/assets/orders.csv': 'OrderId,CustomerEmail\n1,ada@example.com\n',
        }),
      ),
    );
    expect(
      result.findings.filter((finding) => finding.rule === 'unowned-prompt').map((finding) => finding.file),
    ).toEqual(['examples/orders_qa.poml']);
  });
});
