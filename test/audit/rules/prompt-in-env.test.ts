import { describe, expect, it } from 'vitest';
import { audit } from '../../../src/api/audit.js';
import { fixturePath } from '../../support/scan-fixture.js';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule prompt-in-env', () => {
  it('reports instructions kept in an env file and each model call that is sent them, in Python and TypeScript', async () => {
    const findings = await findingsOf('prompt-in-env');
    expect(places(findings)).toEqual([
      '.env:2-2 warning',
      '.env:3-3 warning',
      'app/summary.ts:5-5 warning',
      'app/support.py:11-11 warning',
    ]);
    expect(findings.map((finding) => finding.nodes)).toEqual([
      ['.env#SUPPORT_SYSTEM_PROMPT', 'consumer:app/support.py#answer'],
      ['.env#SUMMARY_PROMPT', 'consumer:app/summary.ts#summarise'],
      ['consumer:app/summary.ts#summarise', '.env#SUMMARY_PROMPT'],
      ['consumer:app/support.py#answer', '.env#SUPPORT_SYSTEM_PROMPT'],
    ]);
  });

  it('says at the read which variable it sends a model', async () => {
    const read = (await findingsOf('prompt-in-env')).find((finding) => finding.file === 'app/support.py');
    expect(read?.message).toBe(
      'answer in app/support.py sends a model prompt text from the environment variable SUPPORT_SYSTEM_PROMPT (set in .env); load it from a prompt file instead',
    );
  });

  it('stays silent on instructions no model call is seen to receive (TRIAGE_INSTRUCTIONS shown on a page) and on an API key', async () => {
    const findings = await findingsOf('prompt-in-env');
    expect(findings.some((finding) => finding.file === '.env.production')).toBe(false);
    expect(findings.some((finding) => finding.file === 'app/triage-help.ts')).toBe(false);
    expect(findings.some((finding) => finding.message.includes('OPENAI_API_KEY'))).toBe(false);
  });

  it('stays silent on a UI banner that says "You are viewing…" (survey: env-ui-banner), and keeps it out of the map', async () => {
    const result = await audit(fixturePath('audit-real', 'env-ui-banner'));
    expect(result.findings).toEqual([]);
  });
});
