import path from 'node:path';
import type { CliIo } from '../io.js';
import { writeOutputFile } from '../write-output-file.js';
import type { GlobalOptions } from '../global-options.js';
import type { GithubMode } from './github-mode.js';

export interface GithubOutputs {
  /** Workflow-command lines, possibly empty. */
  annotations: string;
  /** The Markdown report for the job summary. */
  summary: string;
  /** The PR comment, for commands that write one. */
  comment?: string;
}

/**
 * Writes the GitHub side outputs of a run whose primary output is already out:
 * annotations to stderr (unless they were the output, with `--format github`),
 * the summary appended to `$GITHUB_STEP_SUMMARY`, the comment file written whole.
 */
export async function publishGithub(
  io: CliIo,
  options: GlobalOptions,
  mode: GithubMode,
  outputs: GithubOutputs,
): Promise<void> {
  if (!mode.active && !mode.commentFile) return;
  if (mode.active && !mode.explicit) io.stderr.write(outputs.annotations);
  if (mode.summaryFile) {
    // Several steps (and several commands in one step) share a job summary: append, and end with a blank line.
    await writeOutputFile(io, mode.summaryFile, `${outputs.summary.trimEnd()}\n\n`, { append: true });
  } else if (mode.explicit && !options.quiet) {
    io.stderr.write('GITHUB_STEP_SUMMARY is not set: no job summary written\n');
  }
  if (mode.commentHint && outputs.comment !== undefined && !options.quiet) io.stderr.write(`${mode.commentHint}\n`);
  if (mode.commentFile && outputs.comment !== undefined) {
    await writeOutputFile(io, mode.commentFile, outputs.comment);
    const relative = path.relative(io.cwd ?? process.cwd(), mode.commentFile);
    if (!options.quiet)
      io.stderr.write(`wrote PR comment ${relative.startsWith('..') ? mode.commentFile : relative}\n`);
  }
}
