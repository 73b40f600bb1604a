import { describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { MAX_BLOCK_DEPTH } from '../../src/build/adapters/shared/template-block-depth.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { savedFinding } from '../support/saved-finding.js';

const scanFiles = (files: Record<string, string | Buffer>) => scan(memoryFileSource('repo', files));
const codes = (result: ScanResult) => result.diagnostics.map((diagnostic) => diagnostic.code);
const nestedIf = (depth: number) => `${'{{#if a}}'.repeat(depth)}{{> persona}}${'{{/if}}'.repeat(depth)}\n`;

describe('Handlebars and Dotprompt under hostile input', () => {
  it('finds a partial after a lone CR, at the line promptgraph counts, with its exact source', async () => {
    const result = await scanFiles({
      'prompts/reply.prompt': 'Answer {{question}}.\r{{> persona}}\nThanks.\n',
      'prompts/_persona.prompt': 'You are Ada.\n',
    });
    expect(codes(result)).not.toContain('adapter-failed');
    const include = result.edges.find((edge) => edge.kind === 'includes' && edge.from === 'prompts/reply.prompt');
    expect(include).toMatchObject({ to: 'prompts/_persona.prompt', line: 1, placeholder: '{{> persona}}' });
  });

  it('reads both saved CR-only inputs that made the adapters throw (adapter-failed-459cd4a100, -75e43ec947)', async () => {
    for (const name of ['adapter-failed-459cd4a100', 'adapter-failed-75e43ec947']) {
      const files = savedFinding(name);
      const result = await scanFiles(files);
      expect(codes(result)).not.toContain('adapter-failed');
      expect(result.nodes.map((node) => node.file)).toEqual(expect.arrayContaining(Object.keys(files)));
    }
  });

  it(`parses blocks nested ${MAX_BLOCK_DEPTH} deep, and reads deeper ones by pattern with a warning at the line`, async () => {
    const persona = { 'views/persona.hbs': 'You are Ada.\n' };
    const atLimit = await scanFiles({ 'views/reply.hbs': nestedIf(MAX_BLOCK_DEPTH), ...persona });
    expect(codes(atLimit)).toEqual([]);
    expect(atLimit.nodes.find((node) => node.id === 'views/reply.hbs')?.variables).toEqual(['a']);

    const beyond = await scanFiles({ 'views/reply.hbs': `Intro.\n${nestedIf(MAX_BLOCK_DEPTH + 1)}`, ...persona });
    expect(beyond.diagnostics).toEqual([
      expect.objectContaining({ code: 'template-too-deep', file: 'views/reply.hbs', line: 2, severity: 'warning' }),
    ]);
    expect(beyond.edges).toContainEqual(
      expect.objectContaining({ from: 'views/reply.hbs', to: 'views/persona.hbs', kind: 'includes' }),
    );
  });

  it('reads the saved 2,672-deep {{#if}} and 3,000-deep {{#each}} in seconds (hang-08109b4170, hang-711e2bbeb3)', async () => {
    for (const name of ['hang-08109b4170', 'hang-711e2bbeb3']) {
      const started = performance.now();
      const result = await scanFiles(savedFinding(name));
      expect((performance.now() - started) / 1000).toBeLessThan(5);
      expect(codes(result)).toContain('template-too-deep');
    }
  });
});
