import { runGit } from './run-git.js';

/** One commit of a first-parent walk, with what it changed against its first parent. */
export interface GitCommit {
  commit: string;
  /** Parent commits, first parent first; empty for a root commit. */
  parents: string[];
  author: { name: string; email: string };
  /** Author date, ISO 8601 with the author's offset. */
  date: string;
  subject: string;
  changes: {
    /** Every path the commit touches: added, modified, deleted, and both names of a rename. Sorted. */
    files: string[];
    /** Paths that exist in the parent and not in the commit: deleted, or renamed away. Sorted. */
    removed: string[];
    renames: { from: string; to: string }[];
  };
}

/** Header fields, NUL-separated; with `-z` the name-status entries follow, NUL-separated too. */
const FORMAT = '--format=%H%x00%P%x00%an%x00%ae%x00%aI%x00%s';
const HEADER_FIELDS = 6;
/** A name-status field (`M`, `A`, `D`, `T`, `R100`, `C75`); a commit id is lowercase hex, so it never looks like one. */
const STATUS = /^[A-Z]\d*$/;

/**
 * Parses `git log -z --name-status` output in the format above. Commits follow
 * each other with no separator, so the parser is a small state machine: six
 * header fields, then status entries (the first one prefixed by a newline)
 * until a field that is not a status starts the next commit.
 */
export function parseCommitLog(output: Buffer): GitCommit[] {
  // Empty fields are kept: a root commit has no parents, a commit may have an empty subject.
  const fields = output.toString('utf8').split('\0');
  if (fields[fields.length - 1] === '') fields.pop();
  const commits: GitCommit[] = [];
  let index = 0;
  while (index + HEADER_FIELDS <= fields.length) {
    const [commit, parents, name, email, date, subject] = fields.slice(index, index + HEADER_FIELDS) as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    index += HEADER_FIELDS;
    const files = new Set<string>();
    const removed = new Set<string>();
    const renames: { from: string; to: string }[] = [];
    while (index < fields.length && STATUS.test(fields[index]!.replace(/^\n/, ''))) {
      const status = fields[index++]!.replace(/^\n/, '');
      if (status.startsWith('R') || status.startsWith('C')) {
        const from = fields[index++]!;
        const to = fields[index++]!;
        files.add(to);
        if (status.startsWith('R')) {
          files.add(from);
          removed.add(from);
          renames.push({ from, to });
        }
        continue;
      }
      const file = fields[index++]!;
      files.add(file);
      if (status === 'D') removed.add(file);
    }
    commits.push({
      commit,
      parents: parents.split(' ').filter(Boolean),
      author: { name, email },
      date,
      subject,
      changes: {
        files: [...files].sort(),
        removed: [...removed].sort(),
        renames: renames.sort((left, right) => (left.to < right.to ? -1 : 1)),
      },
    });
  }
  return commits;
}

export interface CommitWalk {
  /** The newest commit. */
  start: string;
  /** Stop at commits reachable from this one (the range `exclude..start`). */
  exclude?: string;
  /** Only commits newer than this (git's `--since`, by committer date). */
  since?: string;
  /** Commits per `git log` call: the walk can stop early without listing the whole history. */
  pageSize?: number;
}

/**
 * The first-parent history of `start`, newest first, page by page: each commit
 * with its changes against its first parent (a merge shows everything it
 * brought in), renames followed, paths relative to `cwd` and limited to it.
 */
export async function* firstParentCommits(cwd: string, walk: CommitWalk): AsyncGenerator<GitCommit> {
  const pageSize = walk.pageSize ?? 200;
  let next: string | undefined = walk.start;
  while (next) {
    const page = parseCommitLog(
      await runGit(cwd, [
        'log',
        '-z',
        FORMAT,
        '--first-parent',
        '--diff-merges=first-parent',
        '--name-status',
        '--find-renames',
        '--relative',
        '--no-ext-diff',
        '--no-color',
        `--max-count=${pageSize}`,
        ...(walk.since ? [`--since=${walk.since}`] : []),
        '--end-of-options',
        next,
        ...(walk.exclude ? [`^${walk.exclude}`] : []),
        '--',
        '.',
      ]),
    );
    yield* page;
    next = page.length === pageSize ? page[page.length - 1]!.parents[0] : undefined;
  }
}
