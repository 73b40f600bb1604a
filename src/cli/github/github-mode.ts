import path from 'node:path';
import type { CliIo, GlobalOptions } from '../io.js';
import { usageError } from '../usage-error.js';

/** Options `impact`, `check` and `audit` add for GitHub Actions. */
export interface GithubCliOptions {
  /** False with `--no-github`: no auto-detection under GitHub Actions. */
  github?: boolean;
  /** `impact --comment-file <path>`: where the PR comment goes. */
  commentFile?: string;
}

/**
 * What a command writes for GitHub, decided once from the flags and the
 * environment (the CLI is the only place that reads either):
 * - `--format github`: the annotations are the command's output (stdout, or `--out`);
 * - under GitHub Actions (`GITHUB_ACTIONS=true`) with any other format: the output
 *   is unchanged and the annotations go to stderr, which the runner reads too,
 *   so JSON, SARIF or Markdown on stdout stays clean;
 * - either way the Markdown report is appended to `$GITHUB_STEP_SUMMARY` when set,
 *   and `impact` writes the PR comment file;
 * - `--no-github` turns the auto-detection off.
 */
export interface GithubMode {
  /** Annotations, summary and comment are produced. */
  active: boolean;
  /** `--format github`: annotations are the primary output. */
  explicit: boolean;
  /** Absolute path of the job summary file to append to. */
  summaryFile?: string;
  /** Absolute path to write the PR comment to (commands that write one). */
  commentFile?: string;
}

export const COMMENT_FILE_NAME = 'promptgraph-comment.md';

export function githubMode(io: CliIo, options: GlobalOptions & GithubCliOptions, command: { writesComment: boolean }): GithubMode {
  const explicit = options.format === 'github';
  if (explicit && options.github === false) throw usageError('--format github cannot be combined with --no-github');
  const active = explicit || (io.env.GITHUB_ACTIONS === 'true' && options.github !== false);
  const cwd = io.cwd ?? process.cwd();
  const summary = io.env.GITHUB_STEP_SUMMARY;
  const wantsComment = command.writesComment && (active || options.commentFile !== undefined);
  return {
    active,
    explicit,
    ...(active && summary ? { summaryFile: path.resolve(cwd, summary) } : {}),
    ...(wantsComment ? { commentFile: path.resolve(cwd, options.commentFile ?? defaultCommentFile(io, options)) } : {}),
  };
}

/** `$RUNNER_TEMP` keeps the checkout clean (a later `check` on the working tree would see the file); else beside `--out`; else here. */
function defaultCommentFile(io: CliIo, options: GlobalOptions): string {
  if (io.env.RUNNER_TEMP) return path.join(io.env.RUNNER_TEMP, COMMENT_FILE_NAME);
  if (options.out) return path.join(path.dirname(options.out), COMMENT_FILE_NAME);
  return COMMENT_FILE_NAME;
}
