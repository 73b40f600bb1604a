/**
 * The persistent extraction cache, as every entry point takes it: on by default,
 * in `<root>/node_modules/.cache/promptgraph` (or `$PROMPTGRAPH_CACHE_DIR`).
 */
export interface CacheOptions {
  /** False turns the persistent cache off (`--no-cache`): nothing is read from or written to disk. */
  cache?: boolean;
  /** Where the cache lives (`--cache-dir`); relative to the working directory. */
  cacheDir?: string;
}

/** The environment variable naming the cache folder when no option does. */
export const CACHE_DIR_VARIABLE = 'PROMPTGRAPH_CACHE_DIR';

/** The default cache folder, relative to the scanned root (where find-cache-dir puts babel's and ava's). */
export const DEFAULT_CACHE_FOLDER = 'node_modules/.cache/promptgraph';
