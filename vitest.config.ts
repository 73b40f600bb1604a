import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * Four projects, one `npm test`, and a fifth on request:
 * - unit: in-process tests of the library. They share no mutable state, so one
 *   worker runs many files without re-importing the TypeScript compiler and
 *   tree-sitter for each (isolation made this project about ten times slower);
 * - checks: the layer rules, formatting, lint and type checks, each a tool run over the whole tree;
 * - e2e: the built CLI and real git repositories, each file in its own worker. A test
 *   spawns the CLI several times; on a loaded two-core machine that took 45 s, hence 120 s;
 * - slow (only with PROMPTGRAPH_SLOW_TESTS set, `npm run test:slow`): growth budgets on deep and long inputs;
 * - browser: Debian's Chromium through playwright-core. Launching it on a loaded
 *   two-core machine can take most of a minute, hence the hook timeout.
 */
export default defineConfig({
  test: {
    maxWorkers: 2,
    // Scans of fixtures keep their extraction cache out of the checkout; keyed by the code's digest, it is never stale.
    env: { PROMPTGRAPH_CACHE_DIR: path.join(tmpdir(), 'promptgraph-test-cache') },
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/browser/**', 'test/architecture/**', 'test/slow/**'],
          isolate: false,
        },
      },
      // Whole-tree tools (tsc, Biome, dependency-cruiser), each a process over every source file.
      { extends: true, test: { name: 'checks', include: ['test/architecture/**/*.test.ts'], testTimeout: 120_000 } },
      { extends: true, test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], testTimeout: 120_000 } },
      // Growth budgets: inputs large enough that a super-linear path shows, so each takes seconds
      // (minutes in all): only `npm run test:slow` runs them, not `npm test`.
      ...(process.env.PROMPTGRAPH_SLOW_TESTS
        ? [{ extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'], testTimeout: 600_000 } }]
        : []),
      {
        extends: true,
        test: { name: 'browser', include: ['test/browser/**/*.test.ts'], hookTimeout: 120_000, testTimeout: 120_000 },
      },
    ],
  },
});
