/**
 * Tests and fixtures, left out of a scan by default as knip's production mode
 * leaves them out: a prompt only a test sends is not a production consumer, and a
 * fixture's prompts are not the repository's. `--include-tests` puts them back.
 */
export const TEST_DIRECTORIES: readonly string[] = ['test', 'tests', '__tests__', 'spec', 'fixtures'];

/** `*.test.*`, `*.spec.*`, pytest's `test_*.py`, `*_test.py` and `conftest.py`. */
const TEST_FILE_NAMES = [/\.(test|spec)\.[^.]+(\.[^.]+)?$/, /^test_.*\.py$/, /_test\.py$/, /^conftest\.py$/];

/** The patterns in words, for the diagnostic and the documentation. */
export const TEST_FILES_DESCRIPTION =
  'test/, tests/, __tests__/, spec/ and fixtures/ folders, *.test.*, *.spec.*, test_*.py, *_test.py, conftest.py';

export function isTestFile(path: string): boolean {
  const segments = path.split('/');
  const name = segments.pop()!;
  return segments.some((segment) => TEST_DIRECTORIES.includes(segment)) || TEST_FILE_NAMES.some((re) => re.test(name));
}
