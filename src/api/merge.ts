import { scan } from '../build/scan.js';
import { mergeScans, type MergeOptions } from '../build/merge/merge-scans.js';
import type { ScanResult } from '../model/schema/scan-result.js';

/** One repository to merge: a saved scan result, or a folder to scan now. */
export type MergeInput = { name?: string; scan: ScanResult } | { name?: string; path: string };

export interface MergeRunOptions extends MergeOptions {
  /** Called before each folder is scanned, for progress on a terminal. */
  onScan?: (path: string) => void;
}

/**
 * `promptgraph merge`: scans the folders among `inputs` (one at a time, so
 * memory holds one repository's extraction), then merges every scan into one
 * organisation graph whose edges cross repositories through packages.
 */
export async function merge(inputs: readonly MergeInput[], options: MergeRunOptions = {}): Promise<ScanResult> {
  const scans = [];
  for (const input of inputs) {
    if ('scan' in input) {
      scans.push(input);
      continue;
    }
    options.onScan?.(input.path);
    scans.push({ ...(input.name ? { name: input.name } : {}), scan: await scan(input.path) });
  }
  return mergeScans(scans, options.name ? { name: options.name } : {});
}
