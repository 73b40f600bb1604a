import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, runCliWith } from '../support/run-cli.js';

/**
 * Every option that writes a file, against the links a scanned repository can
 * plant: a symlinked output folder, a dangling symlinked file, and `..` after a
 * link. The rule (src/cli/write-output-file.ts): the path is resolved lexically
 * and written exactly there; inside the working directory or the scanned folder
 * a link on the way is refused with exit 2; outside them the user's path stands.
 */
let base: string;
afterEach(() => rmSync(base, { recursive: true, force: true }));

const CONTRACT = 'prompt: prompts/a.prompt\nowners: ["@team"]\nevals:\n  - name: a-suite\n    command: npm run eval\n';

/** `base/repo` (the working directory) and `base/outside`, which nothing may write into unless named. */
function layout(): { repo: string; outside: string } {
  base = mkdtempSync(path.join(tmpdir(), 'promptgraph-links-'));
  const repo = path.join(base, 'repo');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(repo, 'prompts'), { recursive: true });
  mkdirSync(path.join(repo, 'contracts'));
  mkdirSync(path.join(outside, 'deep', 'inner'), { recursive: true });
  writeFileSync(path.join(repo, 'prompts/a.prompt'), 'Hello {{name}}.\n');
  writeFileSync(path.join(repo, 'contracts/a.yaml'), CONTRACT);
  // The repository's planted links: a folder and a dangling file, both pointing outside.
  symlinkSync(outside, path.join(repo, 'out'));
  symlinkSync(path.join(outside, 'planted.md'), path.join(repo, 'planted.md'));
  symlinkSync(path.join(outside, 'deep', 'inner'), path.join(repo, 'a'));
  return { repo, outside };
}

/** Every file below `folder`, relative. */
const filesIn = (folder: string): string[] =>
  readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();

/** Each writing option, as the arguments that make it write `file`. */
const WRITERS: [string, (file: string) => string[]][] = [
  ['scan --out', (file) => ['scan', '--format', 'json', '--out', file]],
  ['audit --out', (file) => ['audit', '--format', 'json', '--out', file]],
  ['render --out', (file) => ['render', '--out', file]],
  ['impact --out', (file) => ['impact', '--files', 'prompts/a.prompt', '--out', file]],
  ['check --out', (file) => ['check', '--files', 'prompts/a.prompt', '--format', 'json', '--out', file]],
  ['merge --out', (file) => ['merge', '.', '--out', file]],
  ['audit --write-baseline', (file) => ['audit', '--write-baseline', file]],
  ['impact --comment-file', (file) => ['impact', '--files', 'prompts/a.prompt', '--comment-file', file]],
  ['impact --note-file', (file) => ['impact', '--files', 'prompts/a.prompt', '--note-file', file]],
];

describe('no option writes through a link the repository planted', () => {
  it.each(WRITERS)('%s writes into a real folder it creates (the control)', async (_name, args) => {
    const { repo } = layout();
    const run = await runCli(repo, ...args('reports/output.txt'));
    expect(run.stderr).not.toContain('cannot write');
    expect(existsSync(path.join(repo, 'reports/output.txt'))).toBe(true);
  });

  it.each(WRITERS)('%s refuses a symlinked output folder, exit 2', async (_name, args) => {
    const { repo, outside } = layout();
    const run = await runCli(repo, ...args('out/output.txt'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'promptgraph: cannot write out/output.txt: out is a symlink inside the working directory; promptgraph never writes through a link there\n',
    );
    expect(filesIn(outside)).toEqual([]);
  });

  it.each(WRITERS)('%s refuses a dangling symlinked file, exit 2', async (_name, args) => {
    const { repo, outside } = layout();
    const run = await runCli(repo, ...args('planted.md'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write planted.md: planted.md is a symlink inside the working directory');
    expect(filesIn(outside)).toEqual([]);
  });

  it.each(WRITERS)(
    '%s reads `a/../../x` as written, never as the parent of where link `a` points',
    async (_name, args) => {
      const { repo, outside } = layout();
      const run = await runCli(repo, ...args('a/../../x.txt'));
      expect(run.stderr).not.toContain('cannot write');
      // Lexically repo/a/../../x.txt is base/x.txt; through the link it would have been outside/deep/x.txt.
      expect(existsSync(path.join(base, 'x.txt'))).toBe(true);
      expect(filesIn(outside)).toEqual([]);
    },
  );

  it('guards the scanned folder too when the working directory is elsewhere', async () => {
    const { repo, outside } = layout();
    const elsewhere = path.join(outside, 'deep');
    const run = await runCli(elsewhere, 'scan', repo, '--format', 'json', '--out', path.join(repo, 'out', 'scan.json'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('out is a symlink inside the repository');
    expect(filesIn(outside)).toEqual([]);
  });

  it('writes through a link outside the working directory and the repository: that path is the user’s choice', async () => {
    const { repo, outside } = layout();
    symlinkSync(outside, path.join(base, 'chosen'));
    const run = await runCli(repo, 'scan', '--format', 'json', '--out', path.join(base, 'chosen', 'scan.json'));
    expect(run.code).toBe(0);
    expect(filesIn(outside)).toEqual(['scan.json']);
  });

  it('evals --out refuses a symlinked folder and writes a real one', async () => {
    const { repo, outside } = layout();
    const refused = await runCli(repo, 'evals', '--files', 'prompts/a.prompt', '--out', 'out/evals');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('out is a symlink inside the working directory');
    expect(filesIn(outside)).toEqual([]);
    const written = await runCli(repo, 'evals', '--files', 'prompts/a.prompt', '--out', 'evals');
    expect(written.code).toBe(0);
    expect(filesIn(path.join(repo, 'evals'))).toEqual(['a-suite.promptfooconfig.yaml']);
  });

  it('the GitHub job summary is appended without following a link inside the working directory', async () => {
    const { repo, outside } = layout();
    const run = await runCliWith(
      { cwd: repo, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: 'out/summary.md' } },
      'audit',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('cannot write out/summary.md: out is a symlink inside the working directory');
    expect(filesIn(outside)).toEqual([]);
  });
});
