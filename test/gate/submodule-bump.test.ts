import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { impact } from '../../src/api/impact.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

// A gitlink (mode 160000) at a path, as `git submodule add` records it, without a second repository.
const gitlink = (commit: string) => ['update-index', '--add', '--cacheinfo', `160000,${commit},vendor/prompts`];

describe('a submodule bump is a change of unknown content, not nothing', () => {
  it('warns on the submodule path when a change moves it', async () => {
    repo = createGitRepo({ 'prompts/reply.prompt': 'Answer kindly.\n' });
    const first = repo.commit('base');
    repo.git(...gitlink(first));
    repo.git('commit', '--quiet', '-m', 'add the prompts submodule');
    repo.git('branch', 'before-bump');
    // The submodule now points at another commit (any object id will do for a gitlink).
    repo.git(...gitlink(repo.git('rev-parse', 'HEAD')));
    repo.git('commit', '--quiet', '-m', 'bump the prompts submodule');

    const result = await impact(repo.dir, { base: 'before-bump', head: 'HEAD' });
    expect(result.diagnostics.filter((diagnostic) => diagnostic.code === 'submodule-changed')).toEqual([
      expect.objectContaining({ severity: 'warning', file: 'vendor/prompts', line: 1 }),
    ]);
  });

  it('says nothing of a submodule the change leaves alone', async () => {
    repo = createGitRepo({ 'prompts/reply.prompt': 'Answer kindly.\n' });
    const first = repo.commit('base');
    repo.git(...gitlink(first));
    repo.git('commit', '--quiet', '-m', 'add the prompts submodule');
    // A clone that did not run `git submodule update` has the submodule's folder, empty.
    mkdirSync(path.join(repo.dir, 'vendor/prompts'), { recursive: true });
    repo.write({ 'prompts/reply.prompt': 'Answer briefly.\n' });
    const result = await impact(repo.dir, { base: 'HEAD' });
    expect(result.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('submodule-changed');
  });
});
