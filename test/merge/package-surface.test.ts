import { describe, expect, it } from 'vitest';
import { scanFixture } from '../support/scan-fixture.js';

describe('what a scan says about packages, for merge to link', () => {
  it('lists the prompt text each published package exports, npm through its entry and PyPI by module', async () => {
    const result = await scanFixture('org', 'prompt-kit');
    expect(result.packages).toEqual([
      {
        ecosystem: 'npm',
        name: '@acme/prompt-kit',
        version: '2.1.0',
        path: '',
        exports: [
          { entry: '.', name: 'PERSONA', node: 'src/persona.ts#PERSONA' },
          { entry: '.', name: 'SAFETY', node: 'src/safety.ts#SAFETY' },
        ],
      },
      {
        ecosystem: 'pypi',
        name: 'acme-prompts',
        version: '1.4.0',
        path: 'python',
        modules: ['acme_prompts'],
        exports: [
          { entry: 'acme_prompts', name: 'PERSONA', node: 'python/src/acme_prompts/persona.py#PERSONA' },
          { entry: 'acme_prompts.persona', name: 'PERSONA', node: 'python/src/acme_prompts/persona.py#PERSONA' },
        ],
      },
    ]);
  });

  it('keeps text a published package exports even when nothing in its own repository uses it', async () => {
    const result = await scanFixture('org', 'prompt-kit');
    expect(result.nodes.find((node) => node.id === 'src/safety.ts#SAFETY')?.kind).toBe('prompt');
  });

  it('records imports of prompt text from packages the repository does not hold, with the declared range', async () => {
    expect((await scanFixture('org', 'support-bot')).imports).toEqual([
      {
        from: 'src/reply.ts#SUPPORT_SYSTEM',
        kind: 'includes',
        ecosystem: 'npm',
        package: '@acme/prompt-kit',
        entry: '.',
        name: 'PERSONA',
        line: 4,
        placeholder: '${PERSONA}',
        range: '^2.0.0',
      },
      {
        from: 'src/reply.ts#SUPPORT_SYSTEM',
        kind: 'includes',
        ecosystem: 'npm',
        package: '@acme/prompt-kit',
        entry: '.',
        name: 'SAFETY',
        line: 6,
        placeholder: '${SAFETY}',
        range: '^2.0.0',
      },
    ]);
    expect((await scanFixture('org', 'triage')).imports).toEqual([
      expect.objectContaining({ ecosystem: 'pypi', package: 'acme_prompts', name: 'PERSONA', range: '>=1.0,<1.4' }),
    ]);
  });

  it('says nothing of packages or imports in a repository without either', async () => {
    const result = await scanFixture('adapters', 'prompt-md');
    expect(result.packages).toBeUndefined();
    expect(result.imports).toBeUndefined();
  });
});
