import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A throw-away git repository for end-to-end tests: real commits, real history,
 * no global git config needed (identity and signing are set per repository).
 * Every test makes its own, so no two tests share a mutable tree.
 */
export interface GitRepo {
  /** Absolute path of the working tree. */
  readonly dir: string;
  /** Writes files (repository-relative paths, `/`-separated), creating folders. */
  write(files: Record<string, string>): void;
  /** Deletes files from the working tree. */
  remove(...paths: string[]): void;
  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string;
  /**
   * Stages everything and commits; returns the new commit's sha. `author` is
   * `Name <email>`; `date` (ISO 8601) sets both the author and the committer
   * date, so `--since` filters (committer date) and reports (author date) agree.
   */
  commit(message: string, options?: CommitOptions): string;
  /** Deletes the repository. */
  dispose(): void;
}

export interface CommitOptions {
  /** `Name <email>`; default: the repository's `Test Author <author@example.com>`. */
  author?: string;
  /** ISO 8601 date for the author and committer dates; default: now. */
  date?: string;
}

export function createGitRepo(files: Record<string, string> = {}, name = 'repo'): GitRepo {
  const parent = mkdtempSync(path.join(tmpdir(), 'promptgraph-git-'));
  const dir = path.join(parent, name);
  mkdirSync(dir);
  const run = (args: string[], env: Record<string, string> = {}): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0', ...env },
    }).trim();
  const git = (...args: string[]): string => run(args);
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.com');
  git('config', 'commit.gpgsign', 'false');
  const repo: GitRepo = {
    dir,
    write(entries) {
      for (const [file, content] of Object.entries(entries)) {
        const target = path.join(dir, file);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, content);
      }
    },
    remove(...paths) {
      for (const file of paths) rmSync(path.join(dir, file));
    },
    git,
    commit(message, options = {}) {
      git('add', '--all');
      const dates: Record<string, string> = options.date
        ? { GIT_AUTHOR_DATE: options.date, GIT_COMMITTER_DATE: options.date }
        : {};
      run(
        [
          'commit',
          '--quiet',
          '--allow-empty',
          ...(options.author ? [`--author=${options.author}`] : []),
          '-m',
          message,
        ],
        dates,
      );
      return git('rev-parse', 'HEAD');
    },
    dispose: () => rmSync(parent, { recursive: true, force: true }),
  };
  repo.write(files);
  return repo;
}
