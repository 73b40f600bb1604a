import type { ScanOptions } from '../build/scan.js';
import { cacheOptionsFor } from '../build/cache/cache-location.js';
import { cachedScan } from '../build/cache/cached-scan.js';
import type { FileSource } from '../model/file-source.js';
import type { ScanResult } from '../model/schema/scan-result.js';
import { workingTreeSource } from './working-tree-source.js';

export type { ScanOptions } from '../build/scan.js';

/**
 * The one graph-building pass over a directory (git's file set when it is in a
 * work tree) or any FileSource. Everything else (impact, audit, render) queries
 * its result. A source that fingerprints itself (the working tree, a git
 * revision) reuses the result of an identical earlier scan from the persistent cache.
 */
export function scan(source: FileSource | string, options: ScanOptions = {}): Promise<ScanResult> {
  if (typeof source !== 'string') return cachedScan(source, options);
  // The build layer gives a folder its default cache only when handed the folder itself; handed the
  // working tree as a FileSource it sees no folder, so the cache is named here (the option, the
  // variable, then <dir>/node_modules/.cache/promptgraph), as audit and impact do.
  return cachedScan(workingTreeSource(source), { ...options, ...cacheOptionsFor(source, options) });
}
