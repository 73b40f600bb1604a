import { afterEach, describe, expect, it } from 'vitest';
import { gitChangedFiles, mergeBase, parseNameStatus } from '../../src/git/changed-files.js';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.dispose());

describe('git at the CLI edge', () => {
  it('parses -z name-status output, renames by both names, copies by the new one', () => {
    const output = Buffer.from(
      'M\0a b.prompt\0R087\0old.prompt\0new.prompt\0C100\0src.prompt\0copy.prompt\0D\0gone.prompt\0',
    );
    expect(parseNameStatus(output)).toEqual({
      files: ['a b.prompt', 'copy.prompt', 'gone.prompt', 'new.prompt', 'old.prompt'],
      renames: [{ from: 'old.prompt', to: 'new.prompt' }],
    });
  });

  it('lists committed, uncommitted and untracked changes against the merge base, following renames', async () => {
    repo = createGitRepo({
      'prompts/a.prompt': 'Alpha, a long enough text to be found again.\n',
      'prompts/b.prompt': 'Beta.\n',
    });
    repo.commit('base');
    repo.git('mv', 'prompts/a.prompt', 'prompts/renamed.prompt');
    repo.commit('rename');
    repo.write({ 'prompts/b.prompt': 'Beta, edited.\n', 'prompts/new.prompt': 'New.\n' });
    const base = await mergeBase(repo.dir, 'HEAD~1');
    expect(await gitChangedFiles(repo.dir, base, undefined)).toEqual({
      files: ['prompts/a.prompt', 'prompts/b.prompt', 'prompts/new.prompt', 'prompts/renamed.prompt'],
      renames: [{ from: 'prompts/a.prompt', to: 'prompts/renamed.prompt' }],
    });
    expect(await gitChangedFiles(repo.dir, base, 'HEAD')).toMatchObject({
      files: ['prompts/a.prompt', 'prompts/renamed.prompt'],
    });
  });

  it('reads the files of a revision, many at once, and reports a missing one as ENOENT', async () => {
    repo = createGitRepo({ 'prompts/a.prompt': 'Alpha.\n', 'prompts/b.prompt': 'Beta.\n', 'logo.bin': '\u0000\u0001' });
    const commit = repo.commit('base');
    repo.write({ 'prompts/a.prompt': 'Alpha, edited in the working tree.\n' });
    const source = gitRevisionSource(repo.dir, commit);
    try {
      expect(await source.listFiles()).toEqual(['logo.bin', 'prompts/a.prompt', 'prompts/b.prompt']);
      const texts = await Promise.all(
        ['prompts/a.prompt', 'prompts/b.prompt', 'prompts/a.prompt'].map(async (file) =>
          (await source.readFile(file)).toString('utf8'),
        ),
      );
      expect(texts).toEqual(['Alpha.\n', 'Beta.\n', 'Alpha.\n']);
      await expect(source.readFile('prompts/none.prompt')).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await source.readFile('logo.bin')).toEqual(Buffer.from([0, 1]));
    } finally {
      source.close();
    }
  });
});

describe('git errors', () => {
  it('says when the folder is not inside a git repository', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const outside = mkdtempSync(path.join(tmpdir(), 'promptgraph-nogit-'));
    try {
      await expect(mergeBase(outside, 'main')).rejects.toMatchObject({
        message: `${outside} is not inside a git repository`,
        details: { code: 'git-no-repository', exitCode: 2 },
      });
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('names a revision git does not know', async () => {
    repo = createGitRepo({ 'a.prompt': 'A.\n' });
    repo.commit('a');
    await expect(mergeBase(repo.dir, 'origin/main')).rejects.toMatchObject({
      message: "unknown git revision 'origin/main'",
      details: { code: 'git-revision-missing' },
    });
  });
});
