import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
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
