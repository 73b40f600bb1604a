import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Fixed identity and dates, and no user or system config: the scenario commits
// are the same on every machine, whatever the developer's git setup.
const GIT_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmpdir(), 'promptgraph-accuracy-no-global-gitconfig'),
  GIT_TERMINAL_PROMPT: '0',
  GIT_AUTHOR_NAME: 'promptgraph accuracy',
  GIT_AUTHOR_EMAIL: 'accuracy@promptgraph.invalid',
  GIT_AUTHOR_DATE: '2025-01-01T00:00:00Z',
  GIT_COMMITTER_NAME: 'promptgraph accuracy',
  GIT_COMMITTER_EMAIL: 'accuracy@promptgraph.invalid',
  GIT_COMMITTER_DATE: '2025-01-01T00:00:00Z',
};

/** Runs git in `cwd` and returns its trimmed stdout; throws with git's stderr on failure. */
export function git(cwd, args, input) {
  try {
    return execFileSync('git', args, {
      cwd,
      input,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...GIT_ENV },
    }).trimEnd();
  } catch (error) {
    const detail =
      String(error.stderr ?? '')
        .trim()
        .split('\n')[0] || error.message;
    throw new Error(`git ${args.join(' ')} (in ${cwd}): ${detail}`);
  }
}
