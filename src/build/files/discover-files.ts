import { globListMatcher } from '../../model/glob/compile-glob.js';
import type { Config } from '../../model/schema/config.js';
import { TESTS_LEFT_OUT, type FileListing, type FileSource } from '../../model/file-source.js';
import type { Diagnostic } from '../../model/schema/common.js';
import { isTestFile, TEST_FILES_DESCRIPTION } from './test-files.js';
import { loadIgnoreRules } from './ignore-rules.js';

/** Folders a walk without git never enters: dependencies, build output, VCS and tool caches. */
export const ALWAYS_SKIPPED_DIRECTORIES = [
  'node_modules',
  '.git',
  '.hg',
  '.svn',
  'dist',
  'build',
  'out',
  '.next',
  '.nuxt',
  '.turbo',
  '.cache',
  'coverage',
  '.venv',
  'venv',
  '__pycache__',
  '.mypy_cache',
  '.pytest_cache',
  '.tox',
  'target',
];

const SKIPPED = new Set(ALWAYS_SKIPPED_DIRECTORIES);

/**
 * The files to scan. From git's own file set (a work tree's `ls-files`, a
 * revision's tree) only the config's `include`/`exclude` take files away: git
 * has decided what `.gitignore` leaves out, and a tracked file is scanned even
 * when a rule matches it. From a folder walk (no git), the same decision is made
 * from the `.gitignore` files (nested, negations, last match wins) and
 * `.git/info/exclude`, and dependency, build-output and VCS folders are skipped
 * by name, as nothing tells a committed folder from a generated one. Then,
 * unless `includeTests`, tests and fixtures are left out (`test-files.ts`; an
 * info diagnostic counts them). Sorted, so output is stable. With them, what the
 * source says about entries it left out (symlinked directories, submodules),
 * unless those are ignored or excluded anyway.
 */
export interface DiscoveredFiles extends FileListing {
  /** The tests and fixtures left out of `files`: a rule scoped to tests still applies to them. */
  testsLeftOut: string[];
}

export async function discoverFiles(
  source: FileSource,
  config: Config,
  options: { includeTests?: boolean } = {},
): Promise<DiscoveredFiles> {
  const listing = source.listFilesWithDiagnostics
    ? await source.listFilesWithDiagnostics()
    : { files: await source.listFiles(), diagnostics: [] };
  const included = globListMatcher(config.include);
  const excluded = config.exclude.length ? globListMatcher(config.exclude) : () => false;
  const kept = (file: string) => included(file) && !excluded(file);
  if (listing.gitFileSet)
    return withoutTests(
      listing.files.filter(kept).sort(),
      listing.diagnostics.filter(({ file }) => !excluded(file)),
      options,
    );
  const unskipped = (file: string) => !file.split('/').some((segment) => SKIPPED.has(segment));
  const all = listing.files.filter(unskipped);
  const ignored = await loadIgnoreRules(source, all);
  return withoutTests(
    all.filter((file) => kept(file) && !ignored.ignores(file)).sort(),
    // A left-out entry is a directory: whether `include` reaches into it cannot be told from its name, so only removals apply.
    listing.diagnostics.filter(
      ({ file }) => unskipped(file) && !excluded(file) && !ignored.ignores(file) && !ignored.ignoresFolder(file),
    ),
    options,
  );
}

/** Tests and fixtures left out unless asked for, with an info diagnostic counting them. */
function withoutTests(
  files: string[],
  diagnostics: Diagnostic[],
  options: { includeTests?: boolean },
): DiscoveredFiles {
  const tests = options.includeTests ? [] : files.filter(isTestFile);
  if (!tests.length) return { files, diagnostics, testsLeftOut: [] };
  return {
    files: files.filter((file) => !isTestFile(file)),
    testsLeftOut: tests,
    diagnostics: [...diagnostics, testsLeftOut(tests.length)],
  };
}

const testsLeftOut = (count: number): Diagnostic => ({
  severity: 'info',
  code: TESTS_LEFT_OUT,
  file: '',
  line: 0,
  message: `${count} test and fixture file${count === 1 ? '' : 's'} left out of the scan (${TEST_FILES_DESCRIPTION}); --include-tests scans them`,
});
