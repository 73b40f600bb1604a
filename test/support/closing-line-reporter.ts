import type { Reporter, SerializedError, TestModule, TestSuite } from 'vitest/node';
import { DefaultReporter } from 'vitest/node';

export interface ClosingCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/**
 * Counts a run the way CI must read it. A failed test is one failure; so is a
 * suite or file that failed on its own (a failed `beforeAll`/`afterAll`, an
 * error while importing the file): its tests are then reported as skipped, and
 * without this count the run would close with `0 failed`. Every unhandled error
 * is a failure too.
 */
export function closingCounts(
  testModules: ReadonlyArray<TestModule>,
  unhandledErrors: ReadonlyArray<SerializedError>,
): ClosingCounts {
  const counts: ClosingCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
  for (const testModule of testModules) {
    for (const test of testModule.children.allTests()) {
      const state = test.result().state;
      if (state === 'passed') counts.passed++;
      else if (state === 'failed') counts.failed++;
      else counts.skipped++;
    }
    const suites: Array<TestModule | TestSuite> = [testModule, ...testModule.children.allSuites()];
    counts.failed += suites.filter(failedOnItsOwn).length;
  }
  return counts;
}

/** A suite whose own code failed (hook, collection), not merely one holding a failed test. */
function failedOnItsOwn(suite: TestModule | TestSuite): boolean {
  if (suite.errors().length > 0) return true;
  return suite.state() === 'failed' && ![...suite.children.allTests()].some((test) => test.result().state === 'failed');
}

/**
 * The default reporter, plus the plain closing line CI reads to count tests:
 * `N passed, N failed`, printed last and exactly in that form; skipped tests are
 * counted on the line before, so a skip is visible without changing what CI parses.
 */
export default class ClosingLineReporter extends DefaultReporter implements Reporter {
  // The base class may finish asynchronously: the closing line waits for it, so the method returns a promise.
  override onTestRunEnd(...args: Parameters<DefaultReporter['onTestRunEnd']>): Promise<void> {
    const result = super.onTestRunEnd(...args);
    const [testModules, unhandledErrors] = args as [
      ReadonlyArray<TestModule>,
      ReadonlyArray<SerializedError>,
      ...unknown[],
    ];
    const { passed, failed, skipped } = closingCounts(testModules, unhandledErrors ?? []);
    return Promise.resolve(result).then(() => {
      if (skipped) process.stdout.write(`\n${skipped} skipped`);
      process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
    });
  }
}
