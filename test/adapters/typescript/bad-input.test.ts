import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { nodeById, REPO_ROOT, scanFixture } from '../../support/scan-fixture.js';
import { sourceImports } from '../../support/source-imports.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';
import { typescriptAdapter } from '../../../src/build/adapters/typescript/typescript-adapter.js';
import { ConfigSchema } from '../../../src/model/schema/config.js';

const config = ConfigSchema.parse({});

describe('typescript bad input', () => {
  it('reports a syntax error with its file, line and column and keeps the prompt read before it', async () => {
    const result = await scanFixture('adapters/typescript/bad-input');
    expect(
      result.diagnostics.map((diagnostic) => [
        diagnostic.severity,
        diagnostic.code,
        diagnostic.file,
        diagnostic.line,
        diagnostic.column,
      ]),
    ).toEqual([['warning', 'parse-error', 'src/broken.ts', 3, 24]]);
    expect(nodeById(result, 'src/broken.ts#SYSTEM_PROMPT')).toMatchObject({
      kind: 'prompt',
      range: { start: 1, end: 1 },
    });
  });

  it('reads a prompt sent from the end of a 60-call method chain (naming the callee once per call, not 2^60 times)', async () => {
    // A commander or zod chain: each .option() call used to name its callee twice, doubling the work per link.
    const chain = Array.from({ length: 60 }, (_, index) => `.option('--flag-${index}', 'a flag')`).join('\n  ');
    const text = `import OpenAI from 'openai';\nconst client = new OpenAI();\nexport const SYSTEM = 'You are a terse release assistant.';\nexport const program = new Command()\n  ${chain};\nexport async function ask() {\n  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: SYSTEM }] });\n}\n`;
    const result = await scan(memoryFileSource('repo', { 'src/cli.ts': text }));
    expect(nodeById(result, 'src/cli.ts#SYSTEM').kind).toBe('prompt');
    expect(result.edges).toContainEqual(
      expect.objectContaining({ from: 'consumer:src/cli.ts#ask', to: 'src/cli.ts#SYSTEM', kind: 'consumes' }),
    );
  });

  it('reads methods named like Object.prototype members (toLocaleString, constructor) as ordinary calls', async () => {
    const text =
      'export const SYSTEM_PROMPT = `Today is ${new Date().toLocaleString()}. Reply as ${agent.constructor()}.`;\nexport const LABEL = new Date().toString();\n';
    const result = await scan(memoryFileSource('repo', { 'src/clock.ts': text }));
    expect(result.diagnostics).toEqual([]);
    expect(nodeById(result, 'src/clock.ts#SYSTEM_PROMPT').text).toBe(
      'Today is ${new Date().toLocaleString()}. Reply as ${agent.constructor()}.',
    );
  });

  it('skips a minified bundle with a note instead of parsing it', async () => {
    const bundle = `var a="You are a helpful assistant. Answer briefly.";${'function f(){return a+"system prompt"}'.repeat(2000)}`;
    const result = await scan(memoryFileSource('repo', { 'public/app.js': bundle }));
    expect(result.diagnostics.map((diagnostic) => [diagnostic.severity, diagnostic.code, diagnostic.file])).toEqual([
      ['info', 'generated-file', 'public/app.js'],
    ]);
    expect(result.nodes).toEqual([]);
  });

  it('reads a generated 4,000-term + chain without exhausting the stack, and reports code nested too deeply to parse', async () => {
    const chain = `export const SYSTEM_PROMPT = ${Array.from({ length: 4000 }, (_, index) => `'Rule ${index}. '`).join(' +\n  ')};\n`;
    const nested = `export const SYSTEM_PROMPT = ${'('.repeat(5000)}'x'${')'.repeat(5000)};\n`;
    const result = await scan(memoryFileSource('repo', { 'src/chain.ts': chain, 'src/nested.ts': nested }));
    expect(nodeById(result, 'src/chain.ts#SYSTEM_PROMPT')).toMatchObject({ range: { start: 1, end: 4000 } });
    expect(nodeById(result, 'src/chain.ts#SYSTEM_PROMPT').text).toMatch(/^Rule 0\. Rule 1\. .*Rule 3999\. $/);
    expect(result.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.file, diagnostic.line])).toEqual([
      ['parse-error', 'src/nested.ts', 1],
    ]);
  });

  it('reads every TypeScript and JavaScript extension, not declaration files or .min.js', () => {
    const read = ['a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs'].filter((path) =>
      typescriptAdapter.matches(path, config),
    );
    expect(read).toHaveLength(8);
    expect(
      ['types.d.ts', 'types.d.mts', 'vendor/jquery.min.js', 'a.json'].filter((path) =>
        typescriptAdapter.matches(path, config),
      ),
    ).toEqual([]);
  });

  it('prefilters out code with nothing to find, and keeps prompt words, model calls, re-exports and configured loader calls', () => {
    const prefilter = typescriptAdapter.prefilter!;
    expect(
      prefilter(
        "import { useState } from 'react';\nexport function Counter() { const [n, setN] = useState(0); return n; }\n",
        config,
      ),
    ).toBe(false);
    expect(prefilter("export const TONE = 'warm and precise';\n", config)).toBe(false);
    expect(prefilter("export const SYSTEM_PROMPT = 'You are Ada.';\n", config)).toBe(true);
    expect(prefilter('const { text } = await generateText({ model, prompt });\n', config)).toBe(true);
    expect(prefilter("export * from './persona';\n", config)).toBe(true);
    expect(prefilter("export { TONE as tone } from './tone';\n", config)).toBe(true);
    expect(
      prefilter(
        "const faq = store.fetchText('faq');\n",
        ConfigSchema.parse({ loaders: [{ call: 'store.fetchText' }] }),
      ),
    ).toBe(true);
  });

  it('loads the TypeScript compiler only when a file is parsed: no adapter module imports ts-morph statically', () => {
    const modules = fg.sync('src/build/adapters/typescript/*.ts', { cwd: REPO_ROOT }).sort();
    const eager = modules.flatMap((file) =>
      sourceImports(REPO_ROOT, file)
        .filter((imported) => imported.target === 'ts-morph' && !imported.typeOnly && !imported.dynamic)
        .map(() => file),
    );
    expect(modules.length).toBeGreaterThan(10);
    expect(eager).toEqual([]);
    expect(readFileSync(path.join(REPO_ROOT, 'src/build/adapters/typescript/load-typescript.ts'), 'utf8')).toMatch(
      /export async function loadTypeScript\(\)[\s\S]*createRequire\(import\.meta\.url\)\('ts-morph'\)/,
    );
  });
});
