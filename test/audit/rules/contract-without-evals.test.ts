import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule contract-without-evals', () => {
  it('reports the contract listing no evals, with what it governs, not the one that lists an eval', async () => {
    const findings = await findingsOf('contract-without-evals');
    expect(places(findings)).toEqual(['contracts/reply.yaml:1-1 warning']);
    expect(findings[0]?.nodes).toEqual(['contract:contracts/reply.yaml', 'prompts/reply.prompt']);
  });
});
