import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

/** Runs a tool of node_modules from the repository root; its whole output is the failure message. */
function run(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Part of `npm test` so CI (which runs exactly the test command) checks them and the closing line counts them.
describe('the tree is formatted, lint-clean and type-checks', () => {
  it('passes `biome ci` (format and lint, warnings included): run `npm run format` to fix formatting', () => {
    const { status, output } = run('@biomejs/biome/bin/biome', ['ci', '--error-on-warnings', '--colors=off', '.']);
    expect({ status, output: status === 0 ? '' : output }).toEqual({ status: 0, output: '' });
  });

  for (const project of ['tsconfig.json', 'tsconfig.test.json', 'viz/tsconfig.json']) {
    it(`type-checks ${project}`, () => {
      const { status, output } = run('typescript-native/bin/tsc', ['-p', project, '--noEmit']);
      expect({ status, output }).toEqual({ status: 0, output: '' });
    });
  }
});
