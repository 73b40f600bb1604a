import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runCli } from '../support/run-cli.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'promptgraph-exit-'));
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
  }
  return root;
}

const ALIAS_BOMB = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '',
].join('\n');

describe('exit 2, one clear line, for every input or internal error; exit 1 only for findings', () => {
  it('--out at a folder, at /dev/full and at an unwritable path', async () => {
    dir = tree({ 'prompts/a.md': 'Hello.\n', 'out/.keep': '' });
    const folder = await runCli(dir, 'scan', '--format', 'json', '--out', 'out');
    expect([folder.code, folder.stderr]).toEqual([
      2,
      'promptgraph: cannot write out: it is a folder; give a file name\n',
    ]);
    const full = await runCli(dir, 'scan', '--format', 'json', '--out', '/dev/full');
    expect([full.code, full.stderr]).toEqual([2, 'promptgraph: cannot write /dev/full: no space left on the device\n']);
    const unwritable = await runCli(dir, 'scan', '--format', 'json', '--out', 'prompts/a.md/x.json');
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/^promptgraph: cannot write prompts\/a\.md\/x\.json: .+\n$/);
  });

  it('a YAML alias bomb in the config and in --review-data', async () => {
    dir = tree({ 'promptgraph.config.yaml': ALIAS_BOMB, 'review.yaml': ALIAS_BOMB, 'prompts/a.md': 'Hello.\n' });
    const config = await runCli(dir, 'scan');
    expect(config.code).toBe(2);
    expect(config.stderr).toMatch(
      /^promptgraph: promptgraph\.config\.yaml:1:1: invalid YAML: aliases expand more than 100 times/,
    );
    const review = await runCli(
      dir,
      'impact',
      '--files',
      'prompts/a.md',
      '--review-data',
      'review.yaml',
      '--config',
      'review.yaml',
    );
    expect(review.code).toBe(2);
  });

  it('a 100,000-character CODEOWNERS line is a warning, and the scan goes on', async () => {
    dir = tree({ CODEOWNERS: `${'*a'.repeat(50_000)} @long\n* @everyone\n`, 'prompts/a.md': 'Hello.\n' });
    const run = await runCli(dir, 'scan', '--format', 'json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).diagnostics).toContainEqual(
      expect.objectContaining({ code: 'codeowners-syntax', file: 'CODEOWNERS', line: 1 }),
    );
  });

  it('a FIFO as the config, in the repository or by --config, is refused at once instead of blocking', async () => {
    dir = tree({ 'prompts/a.md': 'Hello.\n' });
    execFileSync('mkfifo', [path.join(dir, 'promptgraph.config.yaml')]);
    const inRepository = await runCli(dir, 'scan');
    expect(inRepository.code).toBe(2);
    expect(inRepository.stderr).toMatch(/cannot read promptgraph\.config\.yaml: .*not a regular file/);
    const named = await runCli(dir, 'scan', '--config', 'promptgraph.config.yaml');
    expect([named.code, named.stderr]).toEqual([
      2,
      'promptgraph: cannot read config file promptgraph.config.yaml: not a readable regular file\n',
    ]);
  });
});

describe('an error the library did not type', () => {
  // A stdout that throws stands for any bug below the CLI: the error is not a PromptgraphError.
  async function crashing(...args: string[]) {
    let stderr = '';
    const code = await main(['node', 'promptgraph', ...args], {
      stdout: {
        write: () => {
          throw new TypeError('boom\nsecond line');
        },
      },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
      env: {},
      cwd: dir,
    });
    return { code, stderr };
  }

  it('exits 2 with one line, and prints the stack only under --verbose', async () => {
    dir = tree({ 'prompts/a.md': 'Hello.\n' });
    const plain = await crashing('scan', '--format', 'json', '--quiet');
    expect(plain.code).toBe(2);
    expect(plain.stderr).toBe(
      'promptgraph: internal error (TypeError: boom); run again with --verbose for the stack, and report it\n',
    );
    const verbose = await crashing('scan', '--format', 'json', '--quiet', '--verbose');
    expect(verbose.code).toBe(2);
    const [first, ...stack] = verbose.stderr.trimEnd().split('\n');
    expect(first).toBe(plain.stderr.trimEnd());
    expect(stack[0]).toBe('TypeError: boom');
    expect(stack.some((line) => /^\s+at /.test(line))).toBe(true);
  });

  it('a config that exists but cannot be read is an input error, not a scan with defaults', async () => {
    dir = tree({ 'prompts/a.md': 'Hello.\n', 'promptgraph.config.yaml/.keep': '' });
    const folder = await runCli(dir, 'scan');
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^promptgraph: promptgraph\.config\.yaml: cannot read promptgraph\.config\.yaml: /);
    rmSync(path.join(dir, 'promptgraph.config.yaml'), { recursive: true });
    const outside = mkdtempSync(path.join(tmpdir(), 'promptgraph-outside-'));
    try {
      writeFileSync(path.join(outside, 'c.yaml'), 'promptGlobs: []\n');
      symlinkSync(path.join(outside, 'c.yaml'), path.join(dir, 'promptgraph.config.yaml'));
      const linked = await runCli(dir, 'scan');
      expect(linked.code).toBe(2);
      expect(linked.stderr).toMatch(/resolves outside the repository root/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('init never writes through a symlink', () => {
  it('refuses a dangling symlinked config and a symlinked contracts folder, writing nothing outside the root', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'promptgraph-outside-'));
    try {
      dir = tree({
        'prompts/_persona.prompt': 'You are Ada.\n',
        'prompts/reply.prompt': '{{> persona}}\nReply.\n',
        'prompts/pitch.prompt': '{{> persona}}\nPitch.\n',
      });
      symlinkSync(path.join(outside, 'stolen.yaml'), path.join(dir, 'promptgraph.config.yaml'));
      const dangling = await runCli(dir, 'init', '--force');
      expect(dangling.code).toBe(2);
      expect(dangling.stderr).toMatch(
        /refusing to write promptgraph\.config\.yaml: promptgraph\.config\.yaml is a symlink/,
      );

      rmSync(path.join(dir, 'promptgraph.config.yaml'));
      symlinkSync(outside, path.join(dir, 'contracts'));
      const folder = await runCli(dir, 'init');
      expect(folder.code).toBe(2);
      expect(folder.stderr).toMatch(/refusing to write contracts\/.+: contracts is a symlink/);
      expect(readdirSync(outside)).toEqual([]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
