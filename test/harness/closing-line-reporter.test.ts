import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

/** Runs vitest on fixtures/closing-line with the closing-line reporter, as `npm test` does on the real suite. */
function runOutcomes(): { stdout: string; status: number | null } {
  const run = spawnSync(
    process.execPath,
    [
      path.join(REPO_ROOT, 'node_modules/vitest/vitest.mjs'),
      'run',
      '--config',
      'fixtures/closing-line/vitest.config.ts',
      `--reporter=${path.join(REPO_ROOT, 'test/support/closing-line-reporter.ts')}`,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
  );
  return { stdout: run.stdout, status: run.status };
}

describe('the closing line', () => {
  it('counts a failed test, a failed setup hook and a file that fails at import as three failures', () => {
    const { stdout, status } = runOutcomes();
    const lines = stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe('1 passed, 3 failed');
    expect(lines.at(-2)).toBe('3 skipped');
    expect(status).toBe(1);
  });
});
