import type { Reporter, TestModule } from 'vitest/node';
import { DefaultReporter } from 'vitest/node';

/**
 * The default reporter, plus the plain closing line CI reads to count tests:
 * `N passed, N failed`, printed last and exactly in that form; skipped tests are
 * counted on the line before, so a skip is visible without changing what CI parses.
 */
export default class ClosingLineReporter extends DefaultReporter implements Reporter {
  // The base class may finish asynchronously: the closing line waits for it, so the method returns a promise.
  override onTestRunEnd(...args: Parameters<DefaultReporter['onTestRunEnd']>): Promise<void> {
    const result = super.onTestRunEnd(...args);
    const [testModules] = args as [ReadonlyArray<TestModule>, ...unknown[]];
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].length === 0) failed++;
    }
    return Promise.resolve(result).then(() => {
      if (skipped) process.stdout.write(`\n${skipped} skipped`);
      process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
    });
  }
}
