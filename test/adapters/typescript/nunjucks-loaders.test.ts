import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, scanFixture } from '../../support/scan-fixture.js';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

const scanned = () => scanFixture('adapters/typescript/nunjucks-loaders');
const consumesFrom = (edges: string[], consumer: string): string[] =>
  edges
    .filter((edge) => edge.startsWith(`consumer:${consumer} `))
    .map((edge) => edge.slice(edge.indexOf('-consumes-> ') + 12));

describe('typescript nunjucks template loaders', () => {
  it('reads render on a new Environment of a FileSystemLoader folder built from __dirname', async () => {
    const result = await scanned();
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'src/render.ts#renderSystem')).toEqual([
      'src/templates/system.j2',
    ]);
    expect(result.edges.find((edge) => edge.from === 'consumer:src/render.ts#renderSystem')).toMatchObject({ line: 5 });
  });

  it('reads render on nunjucks.configure(dir), a folder relative to where the program runs', async () => {
    const result = await scanned();
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'src/render.ts#renderTriage')).toEqual([
      'prompts/triage.j2',
    ]);
  });

  it('follows a module environment to getTemplate, trying each loader folder in turn', async () => {
    const result = await scanned();
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'src/render.ts#welcome')).toEqual(['shared/welcome.j2']);
  });

  it('reads nunjucks.render under the folder a nunjucks.configure of the file set, nunjucks required', async () => {
    const result = await scanned();
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'src/global.js#greet')).toEqual(['shared/welcome.j2']);
  });

  it('follows this.env to a field holding an Environment imported by name', async () => {
    const result = await scanned();
    expect(consumesFrom(edgeStrings(result, ['consumes']), 'src/renderer.ts#TemplateRenderer.system')).toEqual([
      'src/templates/system.j2',
    ]);
  });

  it('makes a template name known in part a consumer of every template of that pattern, and a bare name a consumer of nothing it can name, each reported', async () => {
    const result = await scanned();
    const edges = edgeStrings(result, ['consumes']);
    expect(consumesFrom(edges, 'src/render.ts#byKind')).toEqual([
      'src/templates/billing.j2',
      'src/templates/refund.j2',
      'src/templates/system.j2',
    ]);
    expect(consumesFrom(edges, 'src/render.ts#byName')).toEqual([]);
    expect(result.nodes.map((node) => node.id)).toContain('consumer:src/render.ts#byName');
    expect(diagnosticCodes(result)).toEqual(['dynamic-include src/render.ts:19', 'dynamic-include src/render.ts:23']);
  });

  it('leaves render on anything that is no nunjucks environment alone', async () => {
    const result = await scanned();
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:src/render.ts#page');
  });
});

describe('typescript nunjucks template loaders, when the template is missing', () => {
  const render = (environment: string) =>
    [
      "import nunjucks from 'nunjucks';",
      "import path from 'node:path';",
      '',
      `const env = ${environment};`,
      '',
      'export function reply(ticket: string) {',
      "  return env.render('missing.j2', { ticket });",
      '}',
      '',
    ].join('\n');
  const problems = async (environment: string) =>
    (
      await scan(memoryFileSource('repo', { 'src/reply.ts': render(environment), 'src/prompts/reply.j2': 'Reply.\n' }))
    ).diagnostics.map(
      (diagnostic) => `${diagnostic.severity} ${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`,
    );

  it('reports a dangling reference under a folder built from __dirname, and only info under configure(dir) relative to the working directory', async () => {
    expect(
      await problems("new nunjucks.Environment(new nunjucks.FileSystemLoader(path.join(__dirname, 'prompts')))"),
    ).toEqual(['warning dangling-reference src/reply.ts:7']);
    expect(await problems("nunjucks.configure('prompts')")).toEqual(['info dynamic-include src/reply.ts:7']);
  });
});
