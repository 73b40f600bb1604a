import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRevisionArgument } from '../../src/git/revision-argument.js';
import { runCli } from '../support/run-cli.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const HOSTILE = ['--output=x', '-p', 'main;touch pwned', '$(touch pwned)', '`touch pwned`', 'main\nHEAD', 'a b', ''];

describe('revision arguments are never read as git options or shell text', () => {
  it('refuses options, shell metacharacters, whitespace and control characters, and accepts what people type', () => {
    for (const revision of HOSTILE) expect(() => checkRevisionArgument(revision), revision).toThrow(/refusing/);
    for (const revision of [
      'origin/main',
      'v1.2.0',
      'HEAD~3',
      'HEAD^2',
      'v1^{commit}',
      'main@{1}',
      'a1b2c3d',
      'feat/x-y_z+1',
    ])
      expect(() => checkRevisionArgument(revision), revision).not.toThrow();
  });

  let dir: string | undefined;
  let repo: GitRepo | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    repo?.dispose();
    repo = undefined;
  });

  it('exit 2 before any git call: outside a repository the refusal comes first, not "not a git repository"', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-revision-'));
    writeFileSync(path.join(dir, 'a.prompt'), 'Hello.\n');
    for (const [command, option] of [
      ['impact', '--base'],
      ['check', '--base'],
      ['impact', '--head'],
      ['report', '--base'],
      ['evals', '--base'],
    ] as const) {
      for (const revision of ['--output=x', 'main;touch pwned', '$(touch pwned)', 'main\nHEAD']) {
        const args: string[] = [command, option, revision];
        if (option === '--head') args.push('--base', 'main');
        const run = await runCli(dir, ...args);
        expect([run.code, run.stderr.split('\n')[0]], `${command} ${option} ${JSON.stringify(revision)}`).toEqual([
          2,
          expect.stringMatching(/^promptgraph: refusing --(base|head|revision) /),
        ]);
      }
    }
    expect(existsSync(path.join(dir, 'x'))).toBe(false);
    expect(existsSync(path.join(dir, 'pwned'))).toBe(false);
  });

  it('in a repository too, and a branch whose name looks hostile is still not run', async () => {
    repo = createGitRepo({ 'a.prompt': 'Hello.\n' });
    repo.commit('base');
    dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-revision-'));
    const run = await runCli(repo.dir, 'check', '--base', '--output=x');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^promptgraph: refusing --base "--output=x": git would read it as an option/);
    expect(existsSync(path.join(repo.dir, 'x'))).toBe(false);
  });
});

describe('unrelated histories', () => {
  let repo: GitRepo | undefined;
  afterEach(() => repo?.dispose());

  it('say so in one line with a hint, not a raw "git merge-base failed"', async () => {
    repo = createGitRepo({ 'a.prompt': 'Hello.\n' });
    repo.commit('base');
    repo.git('checkout', '--quiet', '--orphan', 'other');
    repo.write({ 'a.prompt': 'Other.\n' });
    repo.commit('unrelated');
    const run = await runCli(repo.dir, 'impact', '--base', 'main', '--head', 'other');
    expect(run.code).toBe(2);
    const other = repo.git('rev-parse', 'other').slice(0, 12);
    expect(run.stderr.split('\n')[0]).toBe(
      `promptgraph: main and ${other} share no history: git finds no common ancestor to compare from`,
    );
  });
});
