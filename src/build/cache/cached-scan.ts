import type { FileSource } from '../../model/file-source.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import type { ScanOptions } from '../scan.js';
import { readConfig } from '../config/read-config.js';
import { cacheDirFor } from './cache-location.js';
import { DEFAULT_CACHE_MAX_BYTES } from './extraction-cache.js';
import { scanResultCache } from './scan-result-cache.js';

/**
 * `scan`, reusing the whole result of an earlier scan of the same state: a source that can
 * fingerprint itself (a git revision by its tree, the working tree by git's index and what
 * differs from it) is looked up in the persistent cache's results before anything is listed or
 * extracted, so a warm run of an unchanged repository costs the fingerprint and one read. The
 * scan pipeline is imported only on a miss: a hit loads no adapter, parser or compiler. A
 * source without a fingerprint, or the cache off (`cache: false`, no folder), scans as ever.
 */
export async function cachedScan(source: FileSource, options: ScanOptions = {}): Promise<ScanResult> {
  const dir = cacheDirFor(undefined, options);
  const before = dir && source.fingerprint ? await source.fingerprint() : undefined;
  if (!dir || !before) return (await import('../scan.js')).scan(source, options);
  const config = options.config ?? (await readConfig(source));
  const cache = scanResultCache(dir, options.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES);
  const inputs = { name: source.name, config, includeTests: Boolean(options.includeTests) };
  const key = cache.keyOf({ ...inputs, fingerprint: before });
  const hit = await cache.get(key);
  if (hit) {
    options.onProgress?.({ task: options.task ?? 'scanning', phase: 'reusing the result of an identical scan' });
    return hit;
  }
  const result = await (await import('../scan.js')).scan(source, { ...options, config });
  // A file edited while the scan read may be in the result but not in the key: such a result is not kept.
  if ((await source.fingerprint!()) === before) await cache.put(key, result);
  return result;
}
