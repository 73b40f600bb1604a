import type { Config } from '../model/schema/config.js';
import type { TreeChange } from '../git/tree-changes.js';
import { rejectedAlike } from '../build/extract/prefilter-verdict.js';

/** What a finished revision scan knows about its own inputs. */
export interface ScanInputs {
  /** Paths the scan read through its source (CODEOWNERS, every file an adapter claims, manifests), with how often. */
  reads: ReadonlyMap<string, number>;
  /** Paths whose text the result is made of (extracted, followed, loaded). */
  kept: ReadonlySet<string>;
  /** Whether the tree holds a symlink: a read through one reads another path's blob. */
  symlinks: boolean;
}

const REGULAR = new Set(['100644', '100755']);

/**
 * Whether a scan of the revision after `changes` is certain to give the result
 * the scan with `inputs` gave. A scan is a function of its source's listing and
 * of the bytes it reads, so it holds when the listing is the same (edits only,
 * of regular files) and each edited file was either never read or read only to
 * be rejected by the prefilter in both versions alike (same imports), and read once. Anything
 * else (an addition, a deletion, a symlink or submodule, a kept text, a config,
 * CODEOWNERS or manifest edit, an unreadable blob) answers no: the caller scans.
 */
export async function changesAreInert(
  inputs: ScanInputs,
  changes: readonly TreeChange[],
  readBlob: (objectId: string, label: string) => Promise<Buffer>,
  config: Config,
): Promise<boolean> {
  if (inputs.symlinks) return false;
  for (const change of changes) {
    if (change.status !== 'M' || !REGULAR.has(change.oldMode) || !REGULAR.has(change.newMode)) return false;
    const reads = inputs.reads.get(change.path) ?? 0;
    if (!reads) continue;
    // Read twice: for the prefilter and again (a configuration file code names, a loaded file), so not only prefiltered.
    if (reads > 1 || inputs.kept.has(change.path)) return false;
    try {
      const [before, after] = await Promise.all([
        readBlob(change.oldObject, change.path),
        readBlob(change.newObject, change.path),
      ]);
      if (!rejectedAlike(change.path, before, after, config)) return false;
    } catch {
      return false;
    }
  }
  return true;
}
