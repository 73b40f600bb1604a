import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule shared-without-contract', () => {
  it('reports the fragment two teams depend on with no contract, not the governed one or the one a single team uses', async () => {
    const findings = await findingsOf('shared-without-contract');
    expect(places(findings)).toEqual(['prompts/_persona.prompt:1-1 warning']);
    expect(findings[0]?.nodes).toEqual([
      'prompts/_persona.prompt',
      'consumer:apps/sales/outreach.py#outreach',
      'consumer:apps/support/reply.py#reply',
      'prompts/sales/outreach.prompt',
      'prompts/support/reply.prompt',
    ]);
  });

  it('names the teams it reaches and how many prompts and consumers', async () => {
    const [finding] = await findingsOf('shared-without-contract');
    expect(finding?.message).toContain(
      'reaches 2 prompts and 2 consumers of 2 teams (@acme/sales, @acme/support) and no contract governs it',
    );
  });
});
