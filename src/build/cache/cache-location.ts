import path from 'node:path';
import { CACHE_DIR_VARIABLE, type CacheOptions, DEFAULT_CACHE_FOLDER } from '../../model/cache-options.js';

/**
 * The folder of the persistent cache for a scan of `root`, or undefined when the
 * cache is off. The option wins, then `$PROMPTGRAPH_CACHE_DIR`, then the root's
 * own `node_modules/.cache/promptgraph`; a source with no folder (a FileSource in
 * memory) has no default, so only an option or the variable gives it a cache.
 */
export function cacheDirFor(
  root: string | undefined,
  options: CacheOptions,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (options.cache === false) return undefined;
  const chosen = options.cacheDir ?? (env[CACHE_DIR_VARIABLE] || undefined);
  if (chosen) return path.resolve(chosen);
  return root === undefined ? undefined : path.resolve(root, DEFAULT_CACHE_FOLDER);
}

/** The options a scan of a source without a folder of its own (a git revision of `root`) needs to share `root`'s cache. */
export function cacheOptionsFor(root: string | undefined, options: CacheOptions): CacheOptions {
  const dir = cacheDirFor(root, options);
  return dir ? { cacheDir: dir } : { cache: false };
}
