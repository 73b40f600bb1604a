import { lstatSync } from 'node:fs';
import path from 'node:path';
import { CACHE_DIR_VARIABLE, type CacheOptions, DEFAULT_CACHE_FOLDER } from '../../model/cache-options.js';

/**
 * The folder of the persistent cache for a scan of `root`, or undefined when the
 * cache is off. The option wins, then `$PROMPTGRAPH_CACHE_DIR`, then the root's
 * own `node_modules/.cache/promptgraph`; a source with no folder (a FileSource in
 * memory) has no default, so only an option or the variable gives it a cache.
 * The default is inside the scanned repository, which a pull request controls:
 * when a folder on its way is a symlink (a committed `node_modules` link), the
 * cache is off rather than written wherever the link points.
 */
export function cacheDirFor(
  root: string | undefined,
  options: CacheOptions,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (options.cache === false) return undefined;
  const chosen = options.cacheDir ?? (env[CACHE_DIR_VARIABLE] || undefined);
  if (chosen) return path.resolve(chosen);
  if (root === undefined) return undefined;
  return linkOnTheWay(path.resolve(root), DEFAULT_CACHE_FOLDER) ? undefined : path.resolve(root, DEFAULT_CACHE_FOLDER);
}

/** Whether a folder of `relative` below `root` is a symlink (missing ones are created as real folders). */
function linkOnTheWay(root: string, relative: string): boolean {
  let folder = root;
  for (const part of relative.split('/')) {
    folder = path.join(folder, part);
    const entry = lstatIfAny(folder);
    if (!entry) return false;
    if (entry.isSymbolicLink()) return true;
  }
  return false;
}

const lstatIfAny = (file: string) => {
  try {
    return lstatSync(file);
  } catch {
    return undefined;
  }
};

/** The options a scan of a source without a folder of its own (a git revision of `root`) needs to share `root`'s cache. */
export function cacheOptionsFor(root: string | undefined, options: CacheOptions): CacheOptions {
  const dir = cacheDirFor(root, options);
  return dir ? { cacheDir: dir } : { cache: false };
}
