import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python imports', () => {
  it('follows from-imports through an __init__.py re-export, a star re-export, import a.b.c and from . import package', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(edgeStrings(result).filter((edge) => !edge.startsWith('app/star.py'))).toEqual([
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/persona.py#PERSONA',
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/rules.py#RULES_PROMPT',
      'app/agent.py#SYSTEM_PROMPT -includes-> app/prompts/tone.py#TONE_PROMPT',
      'app/agent.py#WELCOME_PROMPT -includes-> app/prompts/persona.py#PERSONA',
    ]);
  });

  it('follows a name through a star re-export in __init__.py and a name a star import brings in', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('app/star.py'))).toEqual([
      'app/star.py#STAR_PROMPT -includes-> app/prompts/rules.py#RULES_PROMPT',
      'app/star.py#STAR_PROMPT -includes-> app/prompts/tone.py#TONE_PROMPT',
    ]);
  });

  it('keeps the placeholder as written for a module attribute', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(result.edges.find((edge) => edge.to === 'app/prompts/rules.py#RULES_PROMPT')).toMatchObject({
      placeholder: '{rules.RULES_PROMPT}',
      line: 7,
    });
  });

  it('treats an import of a package outside the repository as ordinary code, not a finding', async () => {
    const result = await scanFixture('adapters/python/imports');
    expect(diagnosticCodes(result)).toEqual([]);
  });
});

describe('python guarded imports', () => {
  it('binds a name imported inside try/except ImportError', async () => {
    const { pythonAdapter } = await import('../../../src/build/adapters/python/python-adapter.js');
    const { ConfigSchema } = await import('../../../src/model/schema/config.js');
    const extraction = await pythonAdapter.extract(
      {
        path: 'app/agent.py',
        text: 'try:\n    from .persona import PERSONA\nexcept ImportError:\n    PERSONA = "You are a bot."\n\nSYSTEM_PROMPT = f"{PERSONA} Answer briefly."\n',
      },
      { config: ConfigSchema.parse({}) },
    );
    expect(extraction.references.map((reference) => [reference.from, reference.target])).toEqual([
      [
        'SYSTEM_PROMPT',
        { type: 'export', language: 'python', fromFile: 'app/agent.py', specifier: '.persona', name: 'PERSONA' },
      ],
    ]);
  });
});
