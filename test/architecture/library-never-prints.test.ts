import fg from 'fast-glob';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

// Not an import rule, so dependency-cruiser cannot state it: a call, not a module.
it('the library never prints or exits: only src/cli touches process output and exit codes', () => {
  const offenders = fg
    .sync('src/**/*.ts', { cwd: REPO_ROOT })
    .filter((file) => !file.startsWith('src/cli/'))
    .filter((file) =>
      /\bconsole\.(log|error|warn)\(|process\.(exit|exitCode|stdout|stderr)\b/.test(
        readFileSync(path.join(REPO_ROOT, file), 'utf8'),
      ),
    )
    .sort();
  expect(offenders).toEqual([]);
});
