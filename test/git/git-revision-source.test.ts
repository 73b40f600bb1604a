import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gitRevisionSource } from '../../src/git/git-revision-source.js';
import { diskFileSource } from '../../src/build/files/file-source.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

/** Names git's line-based protocols cannot carry: each must read its own bytes back. */
const HOSTILE_NAMES = [
  'prompts/new\nline.prompt',
  'prompts/tab\there.prompt',
  'prompts/"double" and \'single\'.prompt',
  'prompts/rtl\u202Egnp.prompt',
  'prompts/back\\slash.prompt',
];

describe('a git revision read by object id', () => {
  it('reads every file under its own name, whatever characters the name holds', async () => {
    const files = Object.fromEntries(HOSTILE_NAMES.map((name, index) => [name, `Prompt number ${index}.\n`]));
    repo = createGitRepo({ ...files, CODEOWNERS: '* @owner\n' });
    const commit = repo.commit('hostile names');
    const source = gitRevisionSource(repo.dir, commit);
    try {
      expect(await source.listFiles()).toEqual(['CODEOWNERS', ...HOSTILE_NAMES].sort());
      for (const [name, text] of Object.entries(files)) expect((await source.readFile(name)).toString()).toBe(text);
      // The file read after the hostile names is still CODEOWNERS, not a prompt's text.
      expect((await source.readFile('CODEOWNERS')).toString()).toBe('* @owner\n');
    } finally {
      source.close();
    }
  });

  it('follows a symlinked file to its target in the tree, as the working tree does', async () => {
    repo = createGitRepo({ 'shared/persona.md': 'You are Ada.\n', 'prompts/reply.md': 'Reply.\n' });
    symlinkSync('../shared/persona.md', path.join(repo.dir, 'prompts/linked.md'));
    symlinkSync('shared', path.join(repo.dir, 'folder-link'));
    const commit = repo.commit('links');
    const source = gitRevisionSource(repo.dir, commit);
    try {
      const disk = diskFileSource(repo.dir);
      expect((await source.readFile('prompts/linked.md')).toString()).toBe('You are Ada.\n');
      expect(await source.readFile('prompts/linked.md')).toEqual(await disk.readFile('prompts/linked.md'));
      const listing = await source.listFilesWithDiagnostics!();
      expect(listing.files).toEqual(['prompts/linked.md', 'prompts/reply.md', 'shared/persona.md']);
      expect(listing.diagnostics).toMatchObject([{ code: 'symlink-not-followed', file: 'folder-link' }]);
    } finally {
      source.close();
    }
  });

  it('refuses a symlink leading outside the root, and reports a loop', async () => {
    repo = createGitRepo({ 'a.md': 'A.\n' });
    symlinkSync('../../etc/passwd', path.join(repo.dir, 'escape.md'));
    symlinkSync('/etc/passwd', path.join(repo.dir, 'absolute.md'));
    symlinkSync('loop-b.md', path.join(repo.dir, 'loop-a.md'));
    symlinkSync('loop-a.md', path.join(repo.dir, 'loop-b.md'));
    const commit = repo.commit('bad links');
    const source = gitRevisionSource(repo.dir, commit);
    try {
      await expect(source.readFile('escape.md')).rejects.toMatchObject({ code: 'symlink-outside-root' });
      await expect(source.readFile('absolute.md')).rejects.toMatchObject({ code: 'symlink-outside-root' });
      await expect(source.readFile('loop-a.md')).rejects.toMatchObject({ code: 'ELOOP' });
    } finally {
      source.close();
    }
  });

  it('lists a submodule apart from the files', async () => {
    repo = createGitRepo({ 'a.md': 'A.\n' });
    const commit = repo.commit('a');
    repo.git('update-index', '--add', '--cacheinfo', `160000,${commit},vendor/prompts`);
    repo.git('commit', '--quiet', '-m', 'submodule');
    const source = gitRevisionSource(repo.dir, repo.git('rev-parse', 'HEAD'));
    try {
      expect(await source.listFiles()).toEqual(['a.md']);
      expect(await source.submodules()).toEqual(['vendor/prompts']);
    } finally {
      source.close();
    }
  });
});
