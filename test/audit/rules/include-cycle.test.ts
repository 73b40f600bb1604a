import { describe, expect, it } from 'vitest';
import { findingsOf, places } from '../audit-fixture.js';

describe('audit rule include-cycle', () => {
  it('reports the cycle once, at its first member, with every member as its nodes', async () => {
    const findings = await findingsOf('include-cycle');
    expect(places(findings)).toEqual(['prompts/_closing.prompt:1-2 error']);
    expect(findings[0]?.nodes).toEqual(['prompts/_closing.prompt', 'prompts/_greeting.prompt']);
    expect(findings[0]?.message).toContain(
      'include cycle prompts/_closing.prompt → prompts/_greeting.prompt → prompts/_closing.prompt',
    );
  });
});
