import { describe, expect, it } from 'vitest';
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
