import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule duplicate-prompt-text', () => {
  it('reports every copy of the same text, whatever its case and whitespace, and not short or different texts', async () => {
    const findings = await findingsOf('duplicate-prompt-text');
    expect(places(findings)).toEqual([
      '.env:1-1 warning',
      'prompts/sales/reply.md:1-2 warning',
      'prompts/support/reply.md:1-2 warning',
    ]);
    expect(findings[1]?.nodes).toEqual([
      'prompts/sales/reply.md',
      '.env#SUPPORT_SYSTEM_PROMPT',
      'prompts/support/reply.md',
    ]);
  });

  it('points each copy at the others', async () => {
    const [, sales] = await findingsOf('duplicate-prompt-text');
    expect(sales?.message).toContain('has the same text as .env:1, prompts/support/reply.md:1');
  });
});
