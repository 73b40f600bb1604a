import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
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
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      'wrote promptgraph.config.yaml: the configuration, every option commented with its default',
      'wrote contracts/persona.yaml: a starter contract for prompts/_persona.prompt, the most shared fragment',
      '  prompts/_persona.prompt: 2 dependents, 0 consumers',
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
      '$schema: https://unpkg.com/promptgraph/contracts/promptgraph.config.schema.json',
    );
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
