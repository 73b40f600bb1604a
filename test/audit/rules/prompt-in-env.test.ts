import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule prompt-in-env', () => {
  it('reports each env variable holding prompt text, and the code that reads one, but not an API key', async () => {
    const findings = await findingsOf('prompt-in-env');
    expect(places(findings)).toEqual([
      '.env:2-2 warning',
      '.env.production:1-1 warning',
      'app/support.py:11-11 warning',
    ]);
    expect(findings.map((finding) => finding.nodes)).toEqual([
      ['.env#SUPPORT_SYSTEM_PROMPT', 'consumer:app/support.py#answer'],
      ['.env.production#TRIAGE_INSTRUCTIONS'],
      ['consumer:app/support.py#answer', '.env#SUPPORT_SYSTEM_PROMPT'],
    ]);
  });

  it('says at the read which variable it takes prompt text from', async () => {
    const read = (await findingsOf('prompt-in-env')).find((finding) => finding.file === 'app/support.py');
    expect(read?.message).toBe(
      'answer in app/support.py reads prompt text from the environment variable SUPPORT_SYSTEM_PROMPT (set in .env); load it from a prompt file instead',
    );
  });
});
