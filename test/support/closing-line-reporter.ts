import type { Reporter, TestModule } from 'vitest/node';
import { DefaultReporter } from 'vitest/node';

/**
 * The default reporter, plus the plain closing line CI reads to count tests:
 * `N passed, N failed` (and `, N skipped` when any were skipped), printed last.
 */
export default class ClosingLineReporter extends DefaultReporter implements Reporter {
  override onTestRunEnd(...args: Parameters<DefaultReporter['onTestRunEnd']>): ReturnType<DefaultReporter['onTestRunEnd']> {
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
    const line = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
    return Promise.resolve(result).then(() => {
      process.stdout.write(`\n${line}\n`);
    });
  }
}
