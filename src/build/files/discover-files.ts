import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import type { Config } from '../../model/schema/config.js';
import { TESTS_LEFT_OUT, type FileListing, type FileSource } from '../../model/file-source.js';
import type { Diagnostic } from '../../model/schema/common.js';
import { isTestFile, TEST_FILES_DESCRIPTION } from './test-files.js';

/** Directories never scanned: dependencies, build output, VCS and tool caches. */
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
 * The files to scan: everything the source lists, minus skipped directories,
 * `.gitignore`d paths (nested .gitignore files apply below their folder),
 * config excludes and, unless `includeTests`, tests and fixtures (`test-files.ts`;
 * an info diagnostic counts them), restricted to config includes. Sorted, so output is stable.
 * With them, what the source says about entries it left out (symlinked
 * directories), unless those entries are skipped, ignored or excluded anyway.
 */
export async function discoverFiles(
  source: FileSource,
  config: Config,
  options: { includeTests?: boolean } = {},
): Promise<FileListing> {
  const listing = source.listFilesWithDiagnostics
    ? await source.listFilesWithDiagnostics()
    : { files: await source.listFiles(), diagnostics: [] };
  const unskipped = (file: string) => !file.split('/').some((segment) => SKIPPED.has(segment));
  const all = listing.files.filter(unskipped);
  const gitignores = await loadGitignores(source, all);
  const included = picomatch(config.include, { dot: true });
  const excluded = config.exclude.length ? picomatch(config.exclude, { dot: true }) : () => false;
  const kept = all.filter((file) => included(file) && !excluded(file) && !isGitignored(file, gitignores)).sort();
  const tests = options.includeTests ? [] : kept.filter(isTestFile);
  return {
    files: tests.length ? kept.filter((file) => !isTestFile(file)) : kept,
    // A left-out entry is a directory: whether `include` reaches into it cannot be told from its name, so only removals apply.
    diagnostics: listing.diagnostics
      .filter(
        ({ file }) =>
          unskipped(file) &&
          !excluded(file) &&
          !isGitignored(file, gitignores) &&
          !isGitignored(`${file}/`, gitignores),
      )
      .concat(tests.length ? [testsLeftOut(tests.length)] : []),
  };
}

interface ScopedIgnore {
  directory: string;
  rules: Ignore;
}

async function loadGitignores(source: FileSource, files: string[]): Promise<ScopedIgnore[]> {
  const scoped: ScopedIgnore[] = [];
  for (const file of files.filter((candidate) => candidate === '.gitignore' || candidate.endsWith('/.gitignore'))) {
    const text = (await source.readFile(file).catch(() => Buffer.from(''))).toString('utf8');
    scoped.push({ directory: file.slice(0, -'.gitignore'.length), rules: ignore().add(text) });
  }
  return scoped;
}

function isGitignored(file: string, gitignores: ScopedIgnore[]): boolean {
  return gitignores.some(
    ({ directory, rules }) => file.startsWith(directory) && rules.ignores(file.slice(directory.length)),
  );
}

const testsLeftOut = (count: number): Diagnostic => ({
  severity: 'info',
  code: TESTS_LEFT_OUT,
  file: '',
  line: 0,
  message: `${count} test and fixture file${count === 1 ? '' : 's'} left out of the scan (${TEST_FILES_DESCRIPTION}); --include-tests scans them`,
});
