import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

/**
 * The layers of ARCHITECTURE.md are stated once, in .dependency-cruiser.cjs, and
 * checked by dependency-cruiser itself: the folders' order, no cycles between
 * folders, the library never importing the CLI, engines never running git.
 */
describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('finds no import that runs the wrong way between the floors of src/ and viz/src/', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        'src',
        'viz/src',
        '--config',
        '.dependency-cruiser.cjs',
        '--output-type',
        'err',
      ],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    expect(run.stdout + run.stderr).toContain('no dependency violations found');
    expect(run.status).toBe(0);
  });
});
