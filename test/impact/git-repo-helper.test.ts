import { afterEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.dispose());

describe('test git repository helper', () => {
  it('commits written files so they show in the history', () => {
    repo = createGitRepo({ 'prompts/a.prompt': 'hello\n' });
    const first = repo.commit('first');
    repo.write({ 'prompts/a.prompt': 'hello again\n' });
    repo.commit('second');
    expect(repo.git('diff', '--name-only', first, 'HEAD')).toBe('prompts/a.prompt');
  });
});
