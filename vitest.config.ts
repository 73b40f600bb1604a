import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // e2e tests spawn the built CLI and git; two cores, so keep workers modest.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
