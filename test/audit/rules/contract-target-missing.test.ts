import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule contract-target-missing', () => {
  it('reports the contract whose prompt: matches nothing, not the one governing an existing prompt', async () => {
    const findings = await findingsOf('contract-target-missing');
    expect(places(findings)).toEqual(['contracts/triage.yaml:1-1 error']);
    expect(findings[0]?.nodes).toEqual(['contract:contracts/triage.yaml']);
    expect(findings[0]?.message).toContain("the contract governs 'prompts/triage.prompt', which matches no prompt");
  });
});
