import { execFile } from 'node:child_process';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { assertRepositoryRoot } from '../model/repository-root.js';

const MAX_BUFFER = 256 * 1024 * 1024;

/**
 * Runs `git` (no shell) in `cwd` and returns its raw stdout. A failure is a
 * PromptgraphError with git's own first line, exit code 2: a missing revision or
 * a folder outside any repository is an input error the user can fix.
 */
export function runGit(cwd: string, args: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      [...args],
      {
        cwd,
        encoding: 'buffer',
        maxBuffer: MAX_BUFFER,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
      },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        // git cannot start in a folder that is missing or a file: say that, not "install git".
        if (typeof (error as NodeJS.ErrnoException).code === 'string') {
          try {
            assertRepositoryRoot(cwd);
          } catch (rootError) {
            reject(rootError);
            return;
          }
        }
        const reason = stderr.toString('utf8').trim().split('\n')[0] || error.message;
        const code = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git-missing' : 'git-failed';
        const hint =
          code === 'git-missing'
            ? 'install git, or pass --files a,b to name the changed files without git'
            : 'check that the revision exists (git fetch it first in CI) and that the folder is inside a git repository';
        reject(new PromptgraphError(`git ${args[0]} failed: ${reason}`, { code, hint, exitCode: 2 }));
      },
    );
  });
}

/** Splits `-z` output into its NUL-terminated fields. */
export const nulFields = (output: Buffer): string[] =>
  output
    .toString('utf8')
    .split('\0')
    .filter((field) => field !== '');
