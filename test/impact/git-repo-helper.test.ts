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

describe('test git repository helper: authors and dates', () => {
  it('commits as the given author at the given date, for author and committer alike', () => {
    repo = createGitRepo({ 'prompts/a.prompt': 'hello\n' });
    repo.commit('first', { author: 'Ana Lima <ana@example.com>', date: '2024-03-05T10:00:00Z' });
    expect(repo.git('log', '-1', '--format=%an|%ae|%aI|%cI')).toBe(
      'Ana Lima|ana@example.com|2024-03-05T10:00:00+00:00|2024-03-05T10:00:00+00:00',
    );
  });
});
