import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { ConfigSchema } from '../../src/model/schema/config.js';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';

const persona = 'You are Ada, the helpful assistant of Acme.\n';
const reply = '{{> persona}}\nAnswer: {{question}}\n';

describe('ownership in a scan', () => {
  it('uses .github/CODEOWNERS before the root and docs/ ones, and says the others are ignored', async () => {
    const result = await scanFixture('ownership', 'locations');
    expect(nodeById(result, 'prompts/_persona.prompt').owners).toEqual(['@acme/platform']);
    expect(nodeById(result, 'prompts/support/reply.prompt').owners).toEqual(['@acme/support']);
    expect(diagnosticCodes(result).filter((code) => code.startsWith('codeowners'))).toEqual([
      'codeowners-shadowed CODEOWNERS:0',
      'codeowners-shadowed docs/CODEOWNERS:0',
    ]);
  });

  it('falls back to the root CODEOWNERS, then to docs/CODEOWNERS', async () => {
    const rootOnly = await scan(
      memoryFileSource('repo', {
        CODEOWNERS: '* @root',
        'docs/CODEOWNERS': '* @docs',
        'prompts/_persona.prompt': persona,
      }),
    );
    expect(nodeById(rootOnly, 'prompts/_persona.prompt').owners).toEqual(['@root']);
    const docsOnly = await scan(
      memoryFileSource('repo', { 'docs/CODEOWNERS': '* @docs', 'prompts/_persona.prompt': persona }),
    );
    expect(nodeById(docsOnly, 'prompts/_persona.prompt').owners).toEqual(['@docs']);
  });

  it('makes one team node per owner with owns edges, and records the deciding line on each node', async () => {
    const result = await scanFixture('ownership', 'locations');
    expect(edgeStrings(result, ['owns'])).toEqual([
      'team:@acme/platform -owns-> prompts/_persona.prompt',
      'team:@acme/support -owns-> prompts/support/reply.prompt',
    ]);
    expect(nodeById(result, 'team:@acme/support')).toMatchObject({ kind: 'team', symbol: '@acme/support', file: '' });
    expect(nodeById(result, 'prompts/support/reply.prompt').ownership).toEqual([
      {
        via: 'codeowners',
        file: '.github/CODEOWNERS',
        line: 3,
        pattern: '/prompts/support/',
        owners: ['@acme/support'],
      },
    ]);
  });

  it('adds contract owners to the governed prompt and records the contract as the reason', async () => {
    const result = await scanFixture('contracts', 'basic');
    const node = nodeById(result, 'prompts/_persona.prompt');
    expect(node.owners).toContain('@acme/platform');
    expect(node.ownership).toContainEqual({
      via: 'contract',
      file: 'contracts/persona.yaml',
      line: 1,
      owners: ['@acme/platform'],
    });
  });

  it('records an un-owning line, so "why has this no owner" has an answer', async () => {
    const result = await scan(
      memoryFileSource('repo', { CODEOWNERS: '* @all\n/prompts/', 'prompts/_persona.prompt': persona }),
    );
    const node = nodeById(result, 'prompts/_persona.prompt');
    expect(node.owners).toEqual([]);
    expect(node.ownership).toEqual([
      { via: 'codeowners', file: 'CODEOWNERS', line: 2, pattern: '/prompts/', owners: [] },
    ]);
  });

  it('finds CODEOWNERS even when the config include leaves it out of the scanned files', async () => {
    const config = ConfigSchema.parse({ include: ['prompts/**'] });
    const result = await scan(
      memoryFileSource('repo', {
        '.github/CODEOWNERS': '/prompts/ @prompt-team',
        'prompts/_persona.prompt': persona,
        'prompts/reply.prompt': reply,
      }),
      { config },
    );
    expect(nodeById(result, 'prompts/reply.prompt').owners).toEqual(['@prompt-team']);
  });

  it('reports CODEOWNERS syntax GitHub rejects with its file and line, and keeps the other rules', async () => {
    const result = await scan(
      memoryFileSource('repo', { CODEOWNERS: '* @all\n!prompts/ @x', 'prompts/_persona.prompt': persona }),
    );
    expect(diagnosticCodes(result)).toContain('codeowners-syntax CODEOWNERS:2');
    expect(nodeById(result, 'prompts/_persona.prompt').owners).toEqual(['@all']);
  });
});
