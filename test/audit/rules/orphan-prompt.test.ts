import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule orphan-prompt', () => {
  it('reports the tops of unused chains: an unconsumed prompt, a partial nobody includes, an eval-only prompt and a closed cycle', async () => {
    const findings = await findingsOf('orphan-prompt');
    expect(places(findings)).toEqual([
      'prompts/_apology.prompt:1-1 info',
      'prompts/_ping.prompt:1-2 info',
      'prompts/_pong.prompt:1-2 info',
      'prompts/retired.prompt:1-5 info',
      'prompts/summarise.txt:1-1 info',
    ]);
  });

  it('leaves out what a consumer reaches through includes, a fragment only an orphan includes, and Copilot prompt files', async () => {
    const files = (await findingsOf('orphan-prompt')).map((finding) => finding.file);
    expect(files).not.toContain('prompts/_tone.prompt');
    expect(files).not.toContain('prompts/reply.prompt');
    expect(files).not.toContain('prompts/_legacy_footer.prompt');
    expect(files).not.toContain('.github/prompts/review.prompt.md');
  });

  it('says when only evals reference the prompt', async () => {
    const evalOnly = (await findingsOf('orphan-prompt')).find((finding) => finding.file === 'prompts/summarise.txt');
    expect(evalOnly?.message).toContain('only evals reference it: eval:evals/promptfooconfig.yaml');
  });

  it('never tells users to delete a prompt: it says no consumer was found and what to check first', async () => {
    const findings = await findingsOf('orphan-prompt');
    expect(findings.length).toBeGreaterThan(0);
    for (const finding of findings) {
      expect(finding.message).not.toMatch(/delete it/i);
      expect(finding.message).toContain('no consumer found');
      expect(finding.message).toContain('Before removing it, check whether code sends it another way');
    }
  });
});
