import path from 'node:path';
import { CACHE_DIR_VARIABLE, type CacheOptions } from '../model/cache-options.js';
import type { CliIo } from './io.js';
import type { OptionTable } from './option-table.js';

/** Options every command accepts (declared once on the program). */
export interface GlobalOptions {
  config?: string;
  format?: string;
  out?: string;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
  includeTests?: boolean;
  /** False with `--no-cache`. */
  cache: boolean;
  cacheDir?: string;
}

export const GLOBAL_OPTIONS: OptionTable<GlobalOptions> = {
  config: { description: 'path to promptgraph.config.yaml', argument: '<file>' },
  format: { description: "output format (each command's --help lists its own)", argument: '<format>' },
  out: { description: 'write the output to this file instead of stdout', argument: '<file>' },
  quiet: { description: 'print nothing but the output' },
  verbose: { description: 'print details such as info diagnostics' },
  color: { description: 'no colours (NO_COLOR is honoured too)', negatable: true },
  includeTests: {
    description:
      'scan tests and fixtures too (by default test/, tests/, __tests__/, spec/ and fixtures/ folders, *.test.*, *.spec.*, test_*.py, *_test.py and conftest.py are left out)',
  },
  cache: {
    description:
      'do not read or write the extraction cache (by default in <dir>/node_modules/.cache/promptgraph, or $PROMPTGRAPH_CACHE_DIR)',
    negatable: true,
  },
  cacheDir: {
    description: 'keep the extraction cache in this folder (restore it between CI runs, e.g. with actions/cache)',
    argument: '<dir>',
  },
};

/** The library option `--include-tests` sets: tests and fixtures are left out of every scan unless it is given. */
export const testsOption = (options: Pick<GlobalOptions, 'includeTests'>): { includeTests?: true } =>
  options.includeTests ? { includeTests: true } : {};

/**
 * The library's cache options: `--no-cache`, else `--cache-dir`, else the CLI environment's
 * `$PROMPTGRAPH_CACHE_DIR`, a relative folder taken from the working directory.
 */
export const cacheOption = (io: CliIo, options: Pick<GlobalOptions, 'cache' | 'cacheDir'>): CacheOptions => {
  if (options.cache === false) return { cache: false };
  const dir = options.cacheDir ?? (io.env[CACHE_DIR_VARIABLE] || undefined);
  return dir ? { cacheDir: path.resolve(io.cwd ?? process.cwd(), dir) } : {};
};
