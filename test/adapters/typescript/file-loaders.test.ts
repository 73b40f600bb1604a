import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

const FILE = 'src/loaders.ts';
const consumed = async (symbol: string): Promise<string[]> => {
  const result = await scanFixture('adapters/typescript/file-loaders');
  return edgeStrings(result, ['consumes'])
    .filter((edge) => edge.startsWith(`consumer:${FILE}#${symbol} `))
    .map((edge) => edge.split(' -consumes-> ')[1]!);
};

describe('typescript prompt-file loaders', () => {
  it('makes fs.readFileSync(path.join(__dirname, …)) and a path from fileURLToPath(import.meta.url) consumers of the file', async () => {
    expect(await consumed('readSync')).toEqual(['prompts/system.txt']);
    expect(await consumed('readFromHere')).toEqual(['prompts/system.txt']);
  });

  it('follows readFile from fs/promises with path.resolve(import.meta.dirname, …) and fs.promises.readFile(new URL(…, import.meta.url))', async () => {
    expect(await consumed('readAsync')).toEqual(['prompts/review.md']);
    expect(await consumed('readPromises')).toEqual(['prompts/guide.md']);
  });

  it('tries a working-directory-relative ../ path from the folders that keep it inside the repository, without an outside-root finding', async () => {
    expect(await consumed('readFromCwd')).toEqual(['prompts/system.txt']);
  });

  it('makes prompty.execute a consumer of its .prompty file, and a configured loader call one of its path template', async () => {
    expect(await consumed('runPrompty')).toEqual(['prompts/triage.prompty']);
    expect(await consumed('configured')).toEqual(['prompts/faq.md']);
  });

  it("resolves Genkit ai.prompt('name') under genkit({ promptDir }), and a variant to its own file", async () => {
    expect(await consumed('runGenkit')).toEqual(['prompts/greeting.prompt']);
    expect(await consumed('runVariant')).toEqual(['prompts/recipe.robot.prompt']);
  });

  it('makes a module constant holding a read file include it, so the function sending the constant reaches the file and <module> loads nothing', async () => {
    const result = await scanFixture('adapters/typescript/file-loaders');
    expect(edgeStrings(result).filter((edge) => edge.includes('GUIDE_PROMPT'))).toEqual([
      `consumer:${FILE}#guided -consumes-> ${FILE}#GUIDE_PROMPT`,
      `${FILE}#GUIDE_PROMPT -includes-> prompts/guide.md`,
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${FILE}#<module>`);
  });

  it('includes a file read inside a template in that text, under the call as written', async () => {
    const result = await scanFixture('adapters/typescript/file-loaders');
    expect(result.edges.find((edge) => edge.from === `${FILE}#REVIEW_INSTRUCTIONS`)).toMatchObject({
      to: 'prompts/review.md',
      kind: 'includes',
      placeholder: "${fs.readFileSync(path.join(__dirname, '../prompts/review.md'), 'utf8')}",
    });
    expect(nodeById(result, `${FILE}#REVIEW_INSTRUCTIONS`).range).toEqual({ start: 48, end: 49 });
  });

  it('leaves a JSON data read alone, says an absolute path is outside the repository (info), and reports a prompt file that does not exist at its line', async () => {
    const result = await scanFixture('adapters/typescript/file-loaders');
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${FILE}#readData`);
    expect(result.nodes.map((node) => node.id)).not.toContain(`consumer:${FILE}#readAbsolute`);
    expect(
      result.diagnostics.map(
        (diagnostic) => `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`,
      ),
    ).toEqual([`warning dangling-reference ${FILE}:60`, `info dynamic-include ${FILE}:68`]);
  });
});

describe('files read that are no prompts', () => {
  it("reads no prompt in a project's README or CHANGELOG, except under a prompt folder", async () => {
    const code = [
      "import { readFileSync } from 'node:fs';",
      "import { join } from 'node:path';",
      '',
      'export const readme = () => readFileSync(join(__dirname, "../README.md"), "utf8");',
      'export const changelog = () => readFileSync(join(__dirname, "../CHANGELOG.md"), "utf8");',
      'export const promptReadme = () => readFileSync(join(__dirname, "../prompts/README.md"), "utf8");',
      '',
    ].join('\n');
    const result = await scan(
      memoryFileSource('repo', {
        'src/docs.ts': code,
        'README.md': '# Chat Console\n',
        'CHANGELOG.md': '## 1.0\n',
        'prompts/README.md': 'You are the prompt index.\n',
      }),
    );
    expect(edgeStrings(result)).toEqual(['consumer:src/docs.ts#promptReadme -consumes-> prompts/README.md']);
  });
});
