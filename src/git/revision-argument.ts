import { PromptgraphError } from '../model/promptgraph-error.js';

/**
 * Characters no revision a person types needs, and that mean something to a
 * shell or to git's option parser: whitespace and control characters (a
 * newline would split git's line protocols), shell metacharacters (`;`, `$()`,
 * backquotes, pipes, redirections, quotes) and the backslash. `~`, `^`, `@{…}`,
 * `:` and `/` stay allowed: `HEAD~2`, `v1.2^{commit}`, `origin/main@{1}`.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const FORBIDDEN = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069;$`|&<>()'"\\!*?[\]]/u;

/**
 * Refuses a revision argument that git could read as an option (`--output=x`)
 * or that carries characters no revision needs, before any git call: git runs
 * without a shell and after `--end-of-options`, so this is a second wall that
 * also gives the user a clear line instead of git's. Exit 2, naming the value.
 */
export function checkRevisionArgument(revision: string, option = 'revision'): void {
  const shown = JSON.stringify(revision);
  const refuse = (why: string) =>
    new PromptgraphError(`refusing ${option} ${shown}: ${why}`, {
      code: 'git-revision-invalid',
      exitCode: 2,
      hint: 'give a branch, a tag or a commit id, e.g. origin/main, v1.2.0 or HEAD~3',
    });
  if (revision === '') throw refuse('it is empty');
  if (revision.startsWith('-')) throw refuse('git would read it as an option');
  const forbidden = FORBIDDEN.exec(revision);
  if (forbidden) throw refuse(`${JSON.stringify(forbidden[0])} has no place in a git revision`);
}
