import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { runCli } from '../support/run-cli.js';

let dir: string;

/** Where the `$schema` of a file written by init points, resolved from the file's folder as an editor resolves it. */
function schemaPath(root: string, file: string): string {
  const text = readFileSync(path.join(root, file), 'utf8');
  const target = /^\$schema: (.+)$/m.exec(text)?.[1] ?? /\$schema=(\S+)/.exec(text)![1]!;
  return path.resolve(path.dirname(path.join(root, file)), target);
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A working tree (no git needed) where the persona is shared by two prompts and the footer by one. */
function workingTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'promptgraph-init-'));
  const files: Record<string, string> = {
    '.github/CODEOWNERS': 'prompts/_persona.prompt @acme/platform\n',
    'prompts/_persona.prompt': 'You are Ada.\n',
    'prompts/_footer.prompt': 'Thanks!\n',
    'prompts/reply.prompt': '{{> persona}}\nAnswer {{ticket}}.\n{{> footer}}\n',
    'prompts/pitch.prompt': '{{> persona}}\nPitch {{product}}.\n',
  };
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

describe('promptgraph init', () => {
  it('writes the config and a starter contract the next scan loads, and prints the next steps', async () => {
    dir = workingTree();
    const run = await runCli(dir, 'init');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n').slice(0, 5)).toEqual([
      'wrote promptgraph.config.yaml: the configuration, every option commented with its default',
      'wrote contracts/persona.yaml: a starter contract for prompts/_persona.prompt, the most shared fragment',
      '  prompts/_persona.prompt: 2 dependents, 0 consumers',
      "wrote .promptgraph/promptgraph.config.schema.json: the JSON Schema of the config, for editors (this version's; promptgraph init --force refreshes it)",
      "wrote .promptgraph/contract.schema.json: the JSON Schema of contracts, for editors (this version's; promptgraph init --force refreshes it)",
    ]);
    expect(run.stdout).toContain('Next steps:\n  1. Review contracts/persona.yaml: set owners and approvers');
    const result = await scan(dir);
    expect(result.edges.filter((edge) => edge.kind === 'governs')).toMatchObject([
      { from: 'contract:contracts/persona.yaml', to: 'prompts/_persona.prompt' },
    ]);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(result.nodes.find((node) => node.id === 'contract:contracts/persona.yaml')?.meta).toMatchObject({
      owners: ['@acme/platform'],
    });
  });

  it('refuses to overwrite an existing file, with exit code 2, and writes nothing', async () => {
    dir = workingTree();
    writeFileSync(path.join(dir, 'promptgraph.config.yaml'), 'exclude: [legacy/**]\n');
    const run = await runCli(dir, 'init');
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toContain('init would overwrite promptgraph.config.yaml; nothing was written');
    expect(run.stderr).toContain('promptgraph init --force');
    expect(readFileSync(path.join(dir, 'promptgraph.config.yaml'), 'utf8')).toBe('exclude: [legacy/**]\n');
    expect(existsSync(path.join(dir, 'contracts/persona.yaml'))).toBe(false);
  });

  it('replaces existing files with --force', async () => {
    dir = workingTree();
    writeFileSync(path.join(dir, 'promptgraph.config.yaml'), 'exclude: [legacy/**]\n');
    const run = await runCli(dir, 'init', '--force');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'replaced promptgraph.config.yaml: the configuration, every option commented with its default',
    );
    expect(readFileSync(path.join(dir, 'promptgraph.config.yaml'), 'utf8')).toContain(
      '$schema: .promptgraph/promptgraph.config.schema.json',
    );
  });

  it('writes $schema paths that resolve in the checkout: to the schema copies it writes, from each file', async () => {
    dir = workingTree();
    expect((await runCli(dir, 'init')).code).toBe(0);
    for (const file of ['promptgraph.config.yaml', 'contracts/persona.yaml']) {
      const target = schemaPath(dir, file);
      expect(existsSync(target), `${file} → ${target}`).toBe(true);
      expect(JSON.parse(readFileSync(target, 'utf8')).$schema).toMatch(/^https:\/\/json-schema\.org\//);
    }
  });

  it("points at a workspace's hoisted node_modules/promptgraph from a package folder, and copies nothing", async () => {
    dir = workingTree();
    mkdirSync(path.join(dir, '.git'));
    const installed = path.join(dir, 'node_modules/promptgraph/contracts');
    mkdirSync(installed, { recursive: true });
    for (const file of ['promptgraph.config.schema.json', 'contract.schema.json'])
      writeFileSync(path.join(installed, file), '{}\n');
    const run = await runCli(dir, 'init', 'prompts');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('.promptgraph/');
    expect(readFileSync(path.join(dir, 'prompts/promptgraph.config.yaml'), 'utf8')).toContain(
      '\n$schema: ../node_modules/promptgraph/contracts/promptgraph.config.schema.json\n',
    );
    expect(existsSync(schemaPath(path.join(dir, 'prompts'), 'promptgraph.config.yaml'))).toBe(true);
  });

  it('points $schema into node_modules when package.json depends on promptgraph, and says 1 dependent', async () => {
    dir = workingTree();
    writeFileSync(
      path.join(dir, 'package.json'),
      JSON.stringify({ name: 'app', devDependencies: { promptgraph: '^0.1.0' } }),
    );
    writeFileSync(path.join(dir, 'prompts/pitch.prompt'), 'Pitch {{product}}.\n');
    const run = await runCli(dir, 'init');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[2]).toBe('  prompts/_footer.prompt: 1 dependent, 0 consumers');
    expect(readFileSync(path.join(dir, 'promptgraph.config.yaml'), 'utf8')).toContain(
      '\n$schema: node_modules/promptgraph/contracts/promptgraph.config.schema.json\n',
    );
    expect(readFileSync(path.join(dir, 'contracts/footer.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../node_modules/promptgraph/contracts/contract.schema.json',
    );
  });
});
