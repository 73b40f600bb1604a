import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { scan } from '../../src/scan/scan.js';
import { memoryFileSource } from '../../src/scan/file-source.js';
import { ConfigSchema } from '../../src/schema/config.js';

describe('dotprompt adapter', () => {
  it('makes a partial file a fragment named without its underscore', async () => {
    const result = await scanFixture('adapters/dotprompt');
    const persona = nodeById(result, 'prompts/_persona.prompt');
    expect(persona).toMatchObject({ kind: 'fragment', name: 'persona', format: 'dotprompt', range: { start: 1, end: 2 } });
  });

  it('resolves {{> persona}} to _persona.prompt in the same folder', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/support_reply.formal.prompt -includes-> prompts/_persona.prompt',
      'prompts/support_reply.prompt -includes-> prompts/_persona.prompt',
    ]);
    const edge = result.edges.find((candidate) => candidate.from === 'prompts/support_reply.prompt');
    expect(edge).toMatchObject({ line: 9, placeholder: '{{> persona}}' });
  });

  it('collects variables from the body and the input schema, not helpers or each-item fields', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(nodeById(result, 'prompts/support_reply.prompt').variables).toEqual(['customerName', 'previousTurns', 'ticket']);
  });

  it('reads name.variant.prompt as a variant of name', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(nodeById(result, 'prompts/support_reply.formal.prompt')).toMatchObject({ name: 'support_reply', meta: { variant: 'formal', model: 'googleai/gemini-2.5-pro' } });
  });

  it('reports a partial that resolves to no file as a dangling reference at its line', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(diagnosticCodes(result)).toContain('dangling-reference prompts/escalation.prompt:1');
  });
});

describe('dotprompt loader names', () => {
  const names = async (files: Record<string, string>, promptDirs: string[] = []) => {
    const result = await scan(memoryFileSource('repo', files), { config: ConfigSchema.parse({ promptDirs }) });
    return result.nodes.map((node) => `${node.id} ${node.name}`);
  };

  it('names a prompt in a subfolder of prompts/ sub/name, as Genkit does, and keeps partials bare', async () => {
    expect(await names({ 'app/prompts/sub/test.prompt': '{{> style}}', 'app/prompts/_style.prompt': 'Be brief.', 'app/prompts/test.prompt': 'Hi.' })).toEqual([
      'app/prompts/_style.prompt style',
      'app/prompts/sub/test.prompt sub/test',
      'app/prompts/test.prompt test',
    ]);
  });

  it('names relative to a configured prompt directory', async () => {
    expect(await names({ 'genkit/dotprompts/support/reply.prompt': 'Hi.' }, ['genkit/dotprompts'])).toEqual(['genkit/dotprompts/support/reply.prompt support/reply']);
  });
});
