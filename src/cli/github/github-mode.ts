import path from 'node:path';
import type { CliIo } from '../io.js';
import type { GlobalOptions } from '../global-options.js';
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
 *   and `impact` writes the PR comment file where `commentFile` says;
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
  /** Set when a comment was wanted but no place for it was given: what to pass to get it. */
  commentHint?: string;
}

export const COMMENT_FILE_NAME = 'promptgraph-comment.md';

export function githubMode(
  io: CliIo,
  options: GlobalOptions & GithubCliOptions,
  command: { writesComment: boolean },
): GithubMode {
  const explicit = options.format === 'github';
  if (explicit && options.github === false) throw usageError('--format github cannot be combined with --no-github');
  const active = explicit || (io.env.GITHUB_ACTIONS === 'true' && options.github !== false);
  const cwd = io.cwd ?? process.cwd();
  const summary = io.env.GITHUB_STEP_SUMMARY;
  const wantsComment = command.writesComment && (active || options.commentFile !== undefined);
  const commentFile = wantsComment ? (options.commentFile ?? defaultCommentFile(io, options)) : undefined;
  return {
    active,
    explicit,
    ...(active && summary ? { summaryFile: path.resolve(cwd, summary) } : {}),
    ...(commentFile ? { commentFile: path.resolve(cwd, commentFile) } : {}),
    ...(wantsComment && !commentFile
      ? {
          commentHint: `no PR comment written: pass --comment-file <path> to get it (under GitHub Actions it goes to $RUNNER_TEMP/${COMMENT_FILE_NAME})`,
        }
      : {}),
  };
}

/**
 * Only where the run was told it may write ("writes only where --out says"):
 * `$RUNNER_TEMP` under Actions (outside the checkout, so a later `check` on the
 * working tree does not see the file), else beside `--out`; never the checkout.
 */
function defaultCommentFile(io: CliIo, options: GlobalOptions): string | undefined {
  if (io.env.GITHUB_ACTIONS === 'true' && io.env.RUNNER_TEMP) return path.join(io.env.RUNNER_TEMP, COMMENT_FILE_NAME);
  if (options.out) return path.join(path.dirname(options.out), COMMENT_FILE_NAME);
  return undefined;
}
