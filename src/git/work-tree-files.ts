import { nulFields, runGit } from './run-git.js';

/**
 * The files git counts as the work tree's under `dir`, relative to `dir`:
 * `git ls-files --cached --others --exclude-standard`. Tracked files are listed
 * even when a `.gitignore` matches them; untracked ones unless an ignore rule
 * (nested `.gitignore` files with their negations, `.git/info/exclude`,
 * `core.excludesFile`) excludes them, exactly as git decides. A submodule or a
 * nested repository is one entry naming its folder (git lists an untracked one
 * with a trailing `/`); the file source reports it rather than reading it.
 *
 * Undefined when `dir` is in no git work tree (or git is missing): the caller
 * walks the folder instead.
 */
export async function gitWorkTreeFiles(dir: string): Promise<string[] | undefined> {
  const inside = await runGit(dir, ['rev-parse', '--is-inside-work-tree']).then(
    (output) => output.toString('utf8').trim() === 'true',
    () => false,
  );
  if (!inside) return undefined;
  const listed = nulFields(await runGit(dir, ['ls-files', '-z', '--cached', '--others', '--exclude-standard']));
  // An unmerged path is listed once per conflict stage; a nested repository's folder ends in `/`.
  return [...new Set(listed.map((file) => file.replace(/\/$/, '')))].sort();
}
