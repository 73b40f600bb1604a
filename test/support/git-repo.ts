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
  /** Stages everything and commits; returns the new commit's sha. */
  commit(message: string): string;
  /** Deletes the repository. */
  dispose(): void;
}

export function createGitRepo(files: Record<string, string> = {}, name = 'repo'): GitRepo {
  const parent = mkdtempSync(path.join(tmpdir(), 'promptgraph-git-'));
  const dir = path.join(parent, name);
  mkdirSync(dir);
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' } }).trim();
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
    commit(message) {
      git('add', '--all');
      git('commit', '--quiet', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD');
    },
    dispose: () => rmSync(parent, { recursive: true, force: true }),
  };
  repo.write(files);
  return repo;
}
