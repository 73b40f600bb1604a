import { PromptgraphError } from '../model/promptgraph-error.js';
import { nulFields, runGit } from './run-git.js';
import { checkRevisionArgument } from './revision-argument.js';

export interface GitChanges {
  /** Every path the change touches: added, modified, deleted, and both names of a rename. Sorted. */
  files: string[];
  renames: { from: string; to: string }[];
}

/**
 * Parses `git diff --name-status -z` output: a status field, then one path, or
 * two for renames and copies (`R100\0old\0new`).
 */
export function parseNameStatus(output: Buffer): GitChanges {
  const fields = nulFields(output);
  const files = new Set<string>();
  const renames: { from: string; to: string }[] = [];
  for (let index = 0; index < fields.length; ) {
    const status = fields[index++]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      const from = fields[index++]!;
      const to = fields[index++]!;
      files.add(to);
      if (status.startsWith('R')) {
        files.add(from);
        renames.push({ from, to });
      }
    } else files.add(fields[index++]!);
  }
  return { files: [...files].sort(), renames: renames.sort((left, right) => (left.to < right.to ? -1 : 1)) };
}

/**
 * What changed between `baseCommit` and `head` (a revision, or the working tree
 * when undefined, untracked files included), relative to `cwd`, renames followed.
 */
export async function gitChangedFiles(cwd: string, baseCommit: string, head: string | undefined): Promise<GitChanges> {
  const diff = parseNameStatus(
    await runGit(cwd, [
      'diff',
      '--name-status',
      '-z',
      '--find-renames',
      '--relative',
      '--no-ext-diff',
      baseCommit,
      ...(head ? [head] : []),
      '--',
      '.',
    ]),
  );
  if (head) return diff;
  const untracked = nulFields(await runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.']));
  return { files: [...new Set([...diff.files, ...untracked])].sort(), renames: diff.renames };
}

/** The commit to compare from: `git merge-base <base> <head>`, as Nx and Turborepo do. */
export async function mergeBase(cwd: string, base: string, head = 'HEAD'): Promise<string> {
  const [baseCommit, headCommit] = [await resolveCommit(cwd, base), await resolveCommit(cwd, head)];
  // git merge-base exits 1 with nothing on stderr when the histories share no commit.
  const output = await runGit(cwd, ['merge-base', baseCommit, headCommit]).catch((error: unknown) => {
    if (error instanceof PromptgraphError && error.details.code === 'git-failed')
      throw new PromptgraphError(
        `${base} and ${shortRevision(head)} share no history: git finds no common ancestor to compare from`,
        {
          code: 'git-unrelated-histories',
          exitCode: 2,
          hint: 'compare with a revision of the same history; in CI, fetch the whole history (fetch-depth: 0) so a shallow clone does not cut it',
        },
      );
    throw error;
  });
  return output.toString('utf8').trim();
}

/** The commit a revision names; a revision git does not know is an input error naming it. */
export async function resolveCommit(cwd: string, revision: string): Promise<string> {
  checkRevisionArgument(revision);
  const output = await runGit(cwd, [
    'rev-parse',
    '--verify',
    '--quiet',
    '--end-of-options',
    `${revision}^{commit}`,
  ]).catch((error: unknown) => {
    // No git, or no folder to run it in (see runGit): nothing to do with the revision.
    if (
      error instanceof PromptgraphError &&
      (error.details.code === 'git-missing' || error.details.code.startsWith('root-'))
    )
      throw error;
    if (error instanceof PromptgraphError && /not a git repository/i.test(error.message)) {
      throw new PromptgraphError(`${cwd} is not inside a git repository`, {
        code: 'git-no-repository',
        exitCode: 2,
        hint: 'run it inside a clone, or name the changed files with --files a,b',
      });
    }
    throw new PromptgraphError(`unknown git revision '${revision}'`, {
      code: 'git-revision-missing',
      exitCode: 2,
      hint: 'fetch it first (in CI: git fetch origin main, or checkout with fetch-depth: 0)',
    });
  });
  return output.toString('utf8').trim();
}

/** A full commit id shown as its first 12 characters, as a person reads it; a name as given. */
const shortRevision = (revision: string): string =>
  /^[0-9a-f]{40}$/.test(revision) ? revision.slice(0, 12) : revision;
