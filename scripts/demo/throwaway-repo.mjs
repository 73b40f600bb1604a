import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Fixed identities and dates: the same commits (and so the same shas in the
// reports) on every run and every machine, whatever the user's git config.
const BASE_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: path.join(tmpdir(), 'promptgraph-demo-no-global-gitconfig'),
  GIT_TERMINAL_PROMPT: '0',
};
const AUTHORS = {
  initial: { name: 'Acme Engineering', email: 'eng@acme.example', date: '2025-03-03T09:00:00Z' },
  change: { name: 'Sam Rivera', email: 'sam.rivera@acme.example', date: '2025-03-05T14:30:00Z' },
};

/**
 * A git repository in the OS temp dir holding a copy of `fixture`, committed on
 * `main`. `name` is the folder name, which scan results show as their root.
 */
export function createThrowawayRepo(fixture, name) {
  const parent = mkdtempSync(path.join(tmpdir(), 'promptgraph-demo-'));
  const dir = path.join(parent, name);
  cpSync(fixture, dir, { recursive: true });
  const git = (args, author) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...BASE_ENV, ...(author && identity(author)) },
    }).trim();
  const commit = (message, author) => {
    git(['add', '--all']);
    git(['commit', '--quiet', '--no-verify', '-m', message], author);
    return git(['rev-parse', 'HEAD']);
  };
  const dispose = () => rmSync(parent, { recursive: true, force: true });
  try {
    git(['init', '--quiet', '--initial-branch=main']);
    git(['config', 'commit.gpgsign', 'false']);
    commit('Acme Helpdesk monorepo', AUTHORS.initial);
  } catch (error) {
    dispose();
    throw error;
  }
  return {
    dir,
    git,
    /** Creates `branch`, rewrites `file` with `edit(text)` and commits it as the change's author. */
    commitChange({ branch, file, edit, message }) {
      git(['checkout', '--quiet', '-b', branch]);
      const target = path.join(dir, file);
      writeFileSync(target, edit(readFileSync(target, 'utf8')));
      return commit(message, AUTHORS.change);
    },
    dispose,
  };
}

const identity = ({ name, email, date }) => ({
  GIT_AUTHOR_NAME: name,
  GIT_AUTHOR_EMAIL: email,
  GIT_AUTHOR_DATE: date,
  GIT_COMMITTER_NAME: name,
  GIT_COMMITTER_EMAIL: email,
  GIT_COMMITTER_DATE: date,
});
