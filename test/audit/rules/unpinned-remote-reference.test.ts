import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule unpinned-remote-reference', () => {
  it('reports registry references that follow a label or latest where they are made, not the ones pinning a version', async () => {
    const findings = await findingsOf('unpinned-remote-reference');
    expect(places(findings)).toEqual([
      'app/triage.py:7-7 warning',
      'prompts/support.md:2-2 warning',
      'prompts/support.md:4-4 warning',
    ]);
    expect(findings.map((finding) => finding.nodes[1])).toEqual([
      'remote:langfuse/triage',
      'remote:langfuse/safety-rules',
      'remote:promptlayer/brand-voice',
    ]);
  });

  it('says which pointer the reference follows', async () => {
    const messages = (await findingsOf('unpinned-remote-reference')).map((finding) => finding.message);
    expect(messages[1]).toContain("takes langfuse prompt 'safety-rules' by label 'production'");
    expect(messages[2]).toContain("takes promptlayer prompt 'brand-voice' by its latest version");
  });
});

describe('unpinned-remote-reference names each reference’s own pointer (fixtures/audit-real/registry-label-merge)', () => {
  it('says production, latest and staging for three references to one registry prompt, not the merged node’s label', async () => {
    const result = await audit(fixturePath('audit-real', 'registry-label-merge'));
    const messages = result.findings
      .filter((finding) => finding.rule === 'unpinned-remote-reference')
      .map((finding) => `${finding.file}: ${finding.message.replace(/:.*$/, '')}`);
    expect(messages).toEqual([
      "prompts/draft.md: prompts/draft.md takes langfuse prompt 'persona' by label 'staging'",
      "prompts/support.md: prompts/support.md takes langfuse prompt 'persona' by label 'production'",
      "prompts/triage.md: prompts/triage.md takes langfuse prompt 'persona' by its latest version",
    ]);
  });
});

describe('unpinned-remote-reference stays silent on real-world shapes that fetch from no registry', () => {
  it("python-dict-get-prompt: a dict's self.prompt.get('system') in a file importing no registry SDK (crewAI's executor)", async () => {
    const result = await audit(fixturePath('audit-real', 'python-dict-get-prompt'));
    expect(result.findings.filter((finding) => finding.rule === 'unpinned-remote-reference')).toEqual([]);
  });
});
