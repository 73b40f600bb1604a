import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { workingTreeSource } from '../../src/api/working-tree-source.js';
import { diskFileSource } from '../../src/build/files/file-source.js';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { workTreeFingerprint } from '../../src/git/work-tree-fingerprint.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const FILES = {
  'prompts/system.md': 'You are helpful.\n',
  'src/agent.ts': 'export const A = 1;\n',
  '.gitignore': 'out/\n',
};

let repo: GitRepo | undefined;
let folder: string | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
  if (folder) rmSync(folder, { recursive: true, force: true });
  folder = undefined;
});

function committed(): GitRepo {
  repo = createGitRepo(FILES);
  repo.commit('initial');
  return repo;
}

const fingerprint = (dir: string) => workingTreeSource(dir).fingerprint!();

describe('the working tree’s fingerprint (git)', () => {
  it('is stable while nothing changes and comes back when a change is undone', async () => {
    const { dir, write } = committed();
    const clean = await workTreeFingerprint(dir);
    expect(clean).toMatch(/^[0-9a-f]{64}$/);
    expect(await fingerprint(dir)).toBe(clean);
    write({ 'prompts/system.md': 'You are terse.\n' });
    const edited = await fingerprint(dir);
    expect(edited).not.toBe(clean);
    write({ 'prompts/system.md': FILES['prompts/system.md'] });
    expect(await fingerprint(dir)).toBe(clean);
  });

  it('changes with an edit of the same size made at once, a staged edit, a deletion and an untracked file, not an ignored one', async () => {
    const git = committed();
    const clean = await fingerprint(git.dir);
    // Same size, same second: git's stat check would miss it without its racy-clean re-read.
    git.write({ 'src/agent.ts': 'export const A = 2;\n' });
    const sameSize = await fingerprint(git.dir);
    expect(sameSize).not.toBe(clean);
    git.git('add', 'src/agent.ts');
    expect(await fingerprint(git.dir)).toBe(sameSize);
    git.git('reset', '--hard', '--quiet');
    expect(await fingerprint(git.dir)).toBe(clean);
    git.remove('src/agent.ts');
    expect(await fingerprint(git.dir)).not.toBe(clean);
    git.git('checkout', '--quiet', '--', 'src/agent.ts');
    expect(await fingerprint(git.dir)).toBe(clean);
    git.write({ 'out/build.md': 'ignored\n' });
    expect(await fingerprint(git.dir)).toBe(clean);
    git.write({ 'prompts/new.md': 'untracked\n' });
    const untracked = await fingerprint(git.dir);
    expect(untracked).not.toBe(clean);
    git.write({ 'prompts/new.md': 'untracked, edited\n' });
    expect(await fingerprint(git.dir)).not.toBe(untracked);
  });

  it('follows a symlink’s target, and scans of a subfolder see only the subfolder', async () => {
    const git = committed();
    symlinkSync('system.md', path.join(git.dir, 'prompts/link.md'));
    git.commit('link');
    const linked = await fingerprint(git.dir);
    git.write({ 'prompts/system.md': 'Changed through the link.\n' });
    expect(await fingerprint(git.dir)).not.toBe(linked);
    const inside = await fingerprint(path.join(git.dir, 'prompts'));
    git.write({ 'src/agent.ts': 'export const A = 3;\n' });
    expect(await fingerprint(path.join(git.dir, 'prompts'))).toBe(inside);
  });
});

describe('a revision’s fingerprint', () => {
  it('is its tree: equal for equal trees, different for different ones', async () => {
    const git = committed();
    const first = git.git('rev-parse', 'HEAD');
    const empty = git.commit('nothing changed');
    git.write({ 'prompts/system.md': 'You are terse.\n' });
    const edited = git.commit('edit');
    const of = async (commit: string) => {
      const source = gitRevisionSource(git.dir, commit);
      try {
        return await source.fingerprint!();
      } finally {
        source.close();
      }
    };
    expect(await of(empty)).toBe(await of(first));
    expect(await of(edited)).not.toBe(await of(first));
  });
});

describe('a folder’s fingerprint outside git', () => {
  it('changes with an edit (even of the same size at once), a new file and a removed one', async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'promptgraph-fingerprint-'));
    mkdirSync(path.join(folder, 'prompts'));
    writeFileSync(path.join(folder, 'prompts/system.md'), 'You are helpful.\n');
    const first = await diskFileSource(folder).fingerprint!();
    expect(await workingTreeSource(folder).fingerprint!()).toBe(first);
    expect(await diskFileSource(folder).fingerprint!()).toBe(first);
    writeFileSync(path.join(folder, 'prompts/system.md'), 'You are helpless\n');
    const edited = await diskFileSource(folder).fingerprint!();
    expect(edited).not.toBe(first);
    writeFileSync(path.join(folder, 'prompts/other.md'), 'Another.\n');
    const added = await diskFileSource(folder).fingerprint!();
    expect(added).not.toBe(edited);
    rmSync(path.join(folder, 'prompts/other.md'));
    expect(await diskFileSource(folder).fingerprint!()).toBe(edited);
  });
});
