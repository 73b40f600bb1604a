import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { ConfigSchema } from '../../src/model/schema/config.js';

describe('dotprompt adapter', () => {
  it('makes a partial file a fragment named without its underscore', async () => {
    const result = await scanFixture('adapters/dotprompt');
    const persona = nodeById(result, 'prompts/_persona.prompt');
    expect(persona).toMatchObject({
      kind: 'fragment',
      name: 'persona',
      format: 'dotprompt',
      range: { start: 1, end: 2 },
    });
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
    expect(nodeById(result, 'prompts/support_reply.prompt').variables).toEqual([
      'customerName',
      'previousTurns',
      'ticket',
    ]);
  });

  it('reads name.variant.prompt as a variant of name', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(nodeById(result, 'prompts/support_reply.formal.prompt')).toMatchObject({
      name: 'support_reply',
      meta: { variant: 'formal', model: 'googleai/gemini-2.5-pro' },
    });
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
    expect(
      await names({
        'app/prompts/sub/test.prompt': '{{> style}}',
        'app/prompts/_style.prompt': 'Be brief.',
        'app/prompts/test.prompt': 'Hi.',
      }),
    ).toEqual([
      'app/prompts/_style.prompt style',
      'app/prompts/sub/test.prompt sub/test',
      'app/prompts/test.prompt test',
    ]);
  });

  it('names relative to a configured prompt directory', async () => {
    expect(await names({ 'genkit/dotprompts/support/reply.prompt': 'Hi.' }, ['genkit/dotprompts'])).toEqual([
      'genkit/dotprompts/support/reply.prompt support/reply',
    ]);
  });
});

describe('dotprompt partials, as Genkit registers them', () => {
  const scanFiles = (files: Record<string, string>, promptDirs: string[] = []) =>
    scan(memoryFileSource('repo', files), { config: ConfigSchema.parse({ promptDirs }) });
  const HELLO = 'Hello.\n\n{{> persona}}\n';

  it('finds a partial in any folder under the prompt directory, by its bare name', async () => {
    const result = await scanFiles({
      'prompts/chat/hello.prompt': HELLO,
      'prompts/partials/_persona.prompt': 'You are kind.\n',
    });
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/chat/hello.prompt -includes-> prompts/partials/_persona.prompt',
    ]);
    expect(diagnosticCodes(result)).toEqual([]);
  });

  it('searches a configured prompt directory the same way', async () => {
    const result = await scanFiles(
      {
        'genkit/dotprompts/support/reply.prompt': HELLO,
        'genkit/dotprompts/shared/_persona.prompt': 'You are kind.\n',
      },
      ['genkit/dotprompts'],
    );
    expect(edgeStrings(result, ['includes'])).toEqual([
      'genkit/dotprompts/support/reply.prompt -includes-> genkit/dotprompts/shared/_persona.prompt',
    ]);
  });

  it('does not look above the prompt directory: a partial there is not registered by Genkit', async () => {
    const result = await scanFiles({
      'app/prompts/chat/hello.prompt': HELLO,
      'app/_persona.prompt': 'Outside.\n',
      '_persona.prompt': 'At the root.\n',
    });
    expect(edgeStrings(result, ['includes'])).toEqual([]);
    expect(diagnosticCodes(result)).toEqual(['dangling-reference app/prompts/chat/hello.prompt:3']);
  });

  it('prefers the nearest folder, and warns when several partials share the name', async () => {
    const result = await scanFiles({
      'prompts/chat/hello.prompt': HELLO,
      'prompts/chat/_persona.prompt': 'Chat persona.\n',
      'prompts/partials/_persona.prompt': 'Shared persona.\n',
    });
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/chat/hello.prompt -includes-> prompts/chat/_persona.prompt',
    ]);
    expect(result.diagnostics.map(({ severity, code, file, line }) => `${severity} ${code} ${file}:${line}`)).toEqual([
      'warning ambiguous-reference prompts/chat/hello.prompt:3',
    ]);
  });

  it('picks the shallowest, then the first by path, among partials in other folders', async () => {
    const result = await scanFiles({
      'prompts/chat/hello.prompt': HELLO,
      'prompts/b/_persona.prompt': 'B.\n',
      'prompts/a/_persona.prompt': 'A.\n',
      'prompts/a/deep/_persona.prompt': 'Deep.\n',
    });
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/chat/hello.prompt -includes-> prompts/a/_persona.prompt',
    ]);
    const warning = result.diagnostics.find((diagnostic) => diagnostic.code === 'ambiguous-reference');
    expect(warning?.message).toBe(
      'partial {{> persona}}: 3 files named _persona.prompt under prompts register the same name (prompts/a/_persona.prompt, prompts/b/_persona.prompt, prompts/a/deep/_persona.prompt); only one is used at run time and the map follows prompts/a/_persona.prompt: rename the others',
    );
  });
  it('reads a front matter whose closing --- ends the file as prompt text, as Dotprompt does, and warns at that line', async () => {
    const result = await scanFixture('adapters/dotprompt-unbroken-close');
    const settings = nodeById(result, 'prompts/settings.prompt');
    expect(settings.text).toBe('---\nmodel: googleai/gemini-2.5-flash\nconfig:\n  temperature: 1.4\n---');
    expect(settings.meta?.model).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ code: 'front-matter-read-as-body', file: 'prompts/settings.prompt', line: 5 }),
    ]);
    expect(nodeById(result, 'prompts/brief.prompt')).toMatchObject({
      text: 'Answer briefly.',
      meta: { model: 'googleai/gemini-2.5-flash' },
    });
  });
});
