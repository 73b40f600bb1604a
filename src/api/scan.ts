import { scan as scanSource, type ScanOptions } from '../build/scan.js';
import type { FileSource } from '../model/file-source.js';
import type { ScanResult } from '../model/schema/scan-result.js';
import { workingTreeSource } from './working-tree-source.js';

export type { ScanOptions } from '../build/scan.js';

/**
 * The one graph-building pass over a directory (git's file set when it is in a
 * work tree) or any FileSource. Everything else (impact, audit, render) queries
 * its result.
 */
export function scan(source: FileSource | string, options: ScanOptions = {}): Promise<ScanResult> {
  return scanSource(typeof source === 'string' ? workingTreeSource(source) : source, options);
}
