import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python imports', () => {
  it('follows from-imports through an __init__.py re-export, a star re-export, import a.b.c and from . import package', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(edgeStrings(result)).toEqual([
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/persona.py#PERSONA',
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/rules.py#RULES_PROMPT',
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/tone.py#TONE_PROMPT',
      'app/agent.py#WELCOME_PROMPT -includes-> app/prompts/persona.py#PERSONA',
    ]);
  });

  it('keeps the placeholder as written for a module attribute', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(result.edges.find((edge) => edge.to === 'app/prompts/rules.py#RULES_PROMPT')).toMatchObject({ placeholder: '{rules.RULES_PROMPT}', line: 7 });
  });

  it('treats an import of a package outside the repository as ordinary code, not a finding', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(diagnosticCodes(result)).toEqual([]);
  });
});
