import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, fixturePath } from '../support/scan-fixture.js';

// Issue 17 item 5: no command makes a network request. The built CLI runs with every
// networking module of Node stubbed to fail (test/support/no-network.mjs).
const NO_NETWORK = pathToFileURL(path.join(REPO_ROOT, 'test/support/no-network.mjs')).href;

let dir: string;
const git = (...args: string[]) =>
  spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@x',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@x',
    },
  });
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', NO_NETWORK, path.join(REPO_ROOT, 'bin/promptgraph.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
  });

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-offline-'));
  cpSync(fixturePath('demo-monorepo'), dir, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'base', '--no-gpg-sign');
  git('checkout', '-q', '-b', 'change');
  // A change for impact, check and report to compare: the shared persona gains a sentence.
  const persona = path.join(dir, 'packages/prompt-kit/src/persona.ts');
  writeFileSync(persona, readFileSync(persona, 'utf8').replace('You are', 'Always be brief. You are'));
  git('commit', '-q', '-am', 'change', '--no-gpg-sign');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('no command makes a network request', () => {
  it('the stub itself refuses a request, so a silent pass means no attempt', () => {
    const probe = spawnSync(process.execPath, ['--import', NO_NETWORK, '-e', 'fetch("http://127.0.0.1:9")'], {
      encoding: 'utf8',
    });
    expect(probe.stderr).toContain('promptgraph-test-network-attempt fetch');
  });

  it.each([
    ['scan', '--format', 'json'],
    ['audit', '--format', 'json'],
    ['impact', '--base', 'main', '--format', 'json'],
    ['check', '--base', 'main', '--format', 'json'],
    ['report', '--base', 'main', '--head', 'HEAD', '--format', 'json'],
    ['impact', '--base', 'main', '--format', 'html', '--out', 'map.html'],
    ['history', 'packages/prompt-kit/src/persona.ts#PERSONA', '--format', 'json'],
    ['init', '--force'],
  ])(
    'promptgraph %s',
    (...args) => {
      const run = cli(...args);
      expect(run.stderr).not.toContain('promptgraph-test-network-attempt');
      expect(run.stderr).not.toContain('internal error');
      // 0 ok, 1 findings or a failed gate: the demo has both; 2 would be an input error, which none of these is.
      expect([0, 1], `${args.join(' ')}: ${run.stderr}`).toContain(run.status);
    },
    300_000,
  ); // Each is one CLI process of a few seconds; a loaded CI machine can take minutes.
});
