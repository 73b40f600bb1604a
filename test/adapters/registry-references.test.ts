import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { ConfigSchema } from '../../src/model/schema/config.js';
import { savedFinding } from '../support/saved-finding.js';

describe('registry references in any prompt text', () => {
  it('links each registry reference, to the repository prompt of that name when there is one', async () => {
    const result = await scanFixture('adapters/registry-references');
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/support.md -includes-> prompts/tone.md',
      'prompts/support.md -includes-> remote:helicone/disclaimer-42',
      'prompts/support.md -includes-> remote:langfuse/safety-rules',
      'prompts/support.md -includes-> remote:portkey/pp-greeting',
      'prompts/support.md -includes-> remote:promptlayer/brand-voice',
      'prompts/support.md -includes-> remote:promptlayer/legal-footer',
    ]);
    const toTone = result.edges.find((edge) => edge.to === 'prompts/tone.md');
    expect(toTone).toMatchObject({ line: 3, placeholder: '@@@langfusePrompt:name=tone|version=3@@@' });
  });

  it('makes an unresolved reference a remote prompt node of its registry, marking moving pointers', async () => {
    const result = await scanFixture('adapters/registry-references');
    expect(nodeById(result, 'remote:langfuse/safety-rules')).toMatchObject({
      kind: 'prompt',
      file: '',
      format: 'langfuse',
      remote: { registry: 'langfuse', name: 'safety-rules', label: 'production', moving: true },
    });
    expect(nodeById(result, 'remote:promptlayer/brand-voice').remote).toEqual({
      registry: 'promptlayer',
      name: 'brand-voice',
      label: 'prod',
      moving: true,
    });
    expect(nodeById(result, 'remote:promptlayer/legal-footer').remote).toEqual({
      registry: 'promptlayer',
      name: 'legal-footer',
      version: '7',
      moving: false,
    });
    expect(nodeById(result, 'remote:helicone/disclaimer-42').remote).toEqual({
      registry: 'helicone',
      name: 'disclaimer-42',
      label: 'staging',
      moving: true,
    });
    expect(nodeById(result, 'remote:portkey/pp-greeting').remote).toEqual({
      registry: 'portkey',
      name: 'pp-greeting',
      moving: true,
    });
  });

  it('keeps the exact reference text as the placeholder and the reference line', async () => {
    const result = await scanFixture('adapters/registry-references');
    const helicone = result.edges.find((edge) => edge.to === 'remote:helicone/disclaimer-42');
    expect(helicone).toMatchObject({ line: 6, placeholder: '{{hcp:disclaimer-42:0:staging}}' });
  });

  it('leaves a Handlebars partial the format adapter resolved to that adapter', async () => {
    const files = { 'prompts/reply.prompt': '{{>persona}} Hi.', 'prompts/_persona.prompt': 'Kind.' };
    const result = await scan(memoryFileSource('repo', files), { config: ConfigSchema.parse({}) });
    expect(edgeStrings(result, ['includes'])).toEqual(['prompts/reply.prompt -includes-> prompts/_persona.prompt']);
  });

  it("does not count a reference a template parser read as a variable among the prompt's variables", async () => {
    const files = { 'prompts/reply.prompt': 'Hi {{name}}.\n{{hcp:disclaimer-1:0:prod}}\n' };
    const result = await scan(memoryFileSource('repo', files), { config: ConfigSchema.parse({}) });
    expect(nodeById(result, 'prompts/reply.prompt').variables).toEqual(['name']);
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/reply.prompt -includes-> remote:helicone/disclaimer-1',
    ]);
  });

  it('reads configured include patterns with a named group ref', async () => {
    const files = {
      'prompts/main.md': 'Intro.\n[[include: safety]]\n[[include: shared-rules]]',
      'prompts/safety.md': 'Be safe.',
    };
    const config = ConfigSchema.parse({
      includePatterns: [{ name: 'house', pattern: '\\[\\[include: (?<ref>[\\w-]+)\\]\\]' }],
    });
    const result = await scan(memoryFileSource('repo', files), { config });
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/main.md -includes-> prompts/safety.md',
      'prompts/main.md -includes-> remote:house/shared-rules',
    ]);
    expect(result.edges.find((edge) => edge.to === 'prompts/safety.md')).toMatchObject({
      line: 2,
      placeholder: '[[include: safety]]',
    });
  });

  it('reports a bad configured regex once as a config diagnostic and scans on', async () => {
    const files = { 'prompts/a.md': 'A [[x]]', 'prompts/b.md': 'B' };
    const config = ConfigSchema.parse({
      includePatterns: [
        { name: 'broken', pattern: '\\[\\[(?<ref>x' },
        { name: 'no-group', pattern: 'x' },
      ],
    });
    const result = await scan(memoryFileSource('repo', files), { config });
    expect(diagnosticCodes(result)).toEqual([
      'config-invalid promptgraph.config.yaml:0',
      'config-invalid promptgraph.config.yaml:0',
    ]);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(
      /includePatterns\[0\] 'broken': is not a valid regular expression[\s\S]*includePatterns\[1\] 'no-group': has no named group/,
    );
    expect(result.nodes.map((node) => node.id)).toEqual(['prompts/a.md', 'prompts/b.md']);
  });
});

describe('configured include patterns under hostile input', () => {
  it('runs catastrophic patterns in linear time: the saved hang finishes in seconds (hang-2913879375)', async () => {
    const started = performance.now();
    const result = await scan(memoryFileSource('repo', savedFinding('hang-2913879375')));
    expect((performance.now() - started) / 1000).toBeLessThan(5);
    expect(result.nodes.map((node) => node.id)).toContain('prompts/_base.prompt');
  });

  it('still reads references through a nested quantifier, in time linear in the text', async () => {
    const config = ConfigSchema.parse({ includePatterns: [{ name: 'wiki', pattern: '\\[\\[(?<ref>(a+)+)\\]\\]' }] });
    const text = `${'a'.repeat(50_000)}!\n[[aaa]]\n`;
    const started = performance.now();
    const result = await scan(memoryFileSource('repo', { 'prompts/a.md': text }), { config });
    expect((performance.now() - started) / 1000).toBeLessThan(5);
    expect(result.edges).toContainEqual(
      expect.objectContaining({ from: 'prompts/a.md', to: 'remote:wiki/aaa', kind: 'includes' }),
    );
  });

  it('refuses lookaround and backreferences, which RE2 cannot run, with the reason', async () => {
    const config = ConfigSchema.parse({ includePatterns: [{ name: 'back', pattern: '(?<ref>a)\\1' }] });
    const result = await scan(memoryFileSource('repo', { 'prompts/a.md': 'aa' }), { config });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        code: 'config-invalid',
        message: expect.stringMatching(/^includePatterns\[0\] 'back': .*linear-time engine.*backreferences/),
      }),
    ]);
  });
});
