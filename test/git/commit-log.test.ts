import { afterEach, describe, expect, it } from 'vitest';
import { firstParentCommits, parseCommitLog, type GitCommit } from '../../src/git/commit-log.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const D = 'd'.repeat(40);

/** `git log -z --name-status` bytes: header fields, then status entries whose first field starts with a newline. */
const log = (...commits: { header: string[]; changes?: string[] }[]): Buffer =>
  Buffer.from(
    commits
      .map(({ header, changes = [] }) =>
        [...header, ...changes.map((field, index) => (index === 0 ? `\n${field}` : field))]
          .map((field) => `${field}\0`)
          .join(''),
      )
      .join(''),
  );

describe('parseCommitLog', () => {
  it('reads header fields, a rename by both names and a deletion as removed', () => {
    const [commit] = parseCommitLog(
      log({
        header: [A, B, 'Ana', 'ana@example.com', '2024-03-05T10:00:00+01:00', 'Move the persona'],
        changes: ['R100', 'p/_old.prompt', 'p/_new.prompt', 'D', 'p/gone.prompt', 'M', 'p/reply.prompt'],
      }),
    );
    expect(commit).toEqual<GitCommit>({
      commit: A,
      parents: [B],
      author: { name: 'Ana', email: 'ana@example.com' },
      date: '2024-03-05T10:00:00+01:00',
      subject: 'Move the persona',
      changes: {
        files: ['p/_new.prompt', 'p/_old.prompt', 'p/gone.prompt', 'p/reply.prompt'],
        removed: ['p/_old.prompt', 'p/gone.prompt'],
        renames: [{ from: 'p/_old.prompt', to: 'p/_new.prompt' }],
      },
    });
  });

  it('keeps an empty parent list (root commit) and an empty subject, and tells a commit with no changes from the next commit', () => {
    const commits = parseCommitLog(
      log(
        {
          header: [A, `${B} ${C}`, 'Bo', 'bo@example.com', '2024-03-06T00:00:00+00:00', 'Merge branch tidy'],
          changes: ['A', 'f.txt'],
        },
        { header: [B, D, 'Bo', 'bo@example.com', '2024-03-05T00:00:00+00:00', 'empty'] },
        { header: [D, '', 'Cy', 'cy@example.com', '2024-03-04T00:00:00+00:00', ''], changes: ['A', 'README.md'] },
      ),
    );
    expect(commits.map((commit) => [commit.commit, commit.parents, commit.subject, commit.changes.files])).toEqual([
      [A, [B, C], 'Merge branch tidy', ['f.txt']],
      [B, [D], 'empty', []],
      [D, [], '', ['README.md']],
    ]);
  });
});

let repo: GitRepo | undefined;
afterEach(() => {
  repo?.dispose();
  repo = undefined;
});

async function collect(walk: AsyncIterable<GitCommit>): Promise<string[]> {
  const subjects: string[] = [];
  for await (const commit of walk) subjects.push(commit.subject);
  return subjects;
}

describe('firstParentCommits', () => {
  it('walks first parents newest first: a merge is one commit carrying everything its branch brought in', async () => {
    repo = createGitRepo({ 'a.txt': 'a\n' });
    repo.commit('first');
    repo.git('checkout', '-q', '-b', 'feature');
    repo.write({ 'b.txt': 'b\n' });
    repo.commit('on the branch');
    repo.git('checkout', '-q', 'main');
    repo.git('merge', '-q', '--no-ff', 'feature', '-m', 'Merge feature');
    const commits: GitCommit[] = [];
    for await (const commit of firstParentCommits(repo.dir, { start: 'HEAD' })) commits.push(commit);
    expect(commits.map((commit) => [commit.subject, commit.changes.files])).toEqual([
      ['Merge feature', ['b.txt']],
      ['first', ['a.txt']],
    ]);
  });

  it('pages through history without losing or repeating a commit, and stops at the excluded base', async () => {
    repo = createGitRepo();
    for (const index of [1, 2, 3, 4, 5]) {
      repo.write({ 'a.txt': `${index}\n` });
      repo.commit(`c${index}`);
      if (index === 1) repo.git('tag', 'v1');
    }
    expect(await collect(firstParentCommits(repo.dir, { start: 'HEAD', pageSize: 2 }))).toEqual([
      'c5',
      'c4',
      'c3',
      'c2',
      'c1',
    ]);
    expect(await collect(firstParentCommits(repo.dir, { start: 'HEAD', exclude: 'v1', pageSize: 2 }))).toEqual([
      'c5',
      'c4',
      'c3',
      'c2',
    ]);
  });

  it('lists only commits newer than --since', async () => {
    repo = createGitRepo();
    repo.write({ 'a.txt': '1\n' });
    repo.commit('old', { date: '2023-06-01T00:00:00Z' });
    repo.write({ 'a.txt': '2\n' });
    repo.commit('new', { date: '2024-06-01T00:00:00Z' });
    expect(await collect(firstParentCommits(repo.dir, { start: 'HEAD', since: '2024-01-01' }))).toEqual(['new']);
  });
});
