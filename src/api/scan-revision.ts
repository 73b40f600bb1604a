import type { Config } from '../model/schema/config.js';
import type { ScanOptions } from '../build/scan.js';
import { scanKeepingTexts } from '../build/scan.js';
import { recordingFileSource } from '../build/files/recording-file-source.js';
import { PromptGraph } from '../query/graph/prompt-graph.js';
import type { GitBlobStore } from '../git/git-blob-store.js';
import { gitRevisionSource } from '../git/git-revision-source.js';
import { SYMLINK_MODE, type TreeEntry } from '../git/revision-tree.js';
import { treeChanges } from '../git/tree-changes.js';
import { applyTreeChanges } from '../git/apply-tree-changes.js';
import { changesAreInert, type ScanInputs } from './inert-changes.js';

/** A scanned revision and what the scan of a neighbouring revision can carry over from it. */
export interface ScannedRevision extends ScanInputs {
  commit: string;
  tree: ReadonlyMap<string, TreeEntry>;
  graph: PromptGraph;
}

export interface RevisionScanContext {
  dir: string;
  blobs: GitBlobStore;
  config: Config;
  /** Options of every scan (cache, tests, progress); the config is `config`. */
  scanOptions: Omit<ScanOptions, 'config'>;
}

/**
 * Scans `commit`, carrying what it can from `previous` (any other revision of
 * the walk, usually a near one): its tree is derived from the previous tree and
 * `git diff-tree` instead of listed again, and when the changes are provably
 * inert (`changesAreInert`) the previous graph is the answer, the same graph a
 * scan from scratch would build. Otherwise the revision is scanned in full, with
 * every file whose blob did not change served by the extraction caches.
 */
export async function scanRevision(
  context: RevisionScanContext,
  commit: string,
  previous?: ScannedRevision,
): Promise<ScannedRevision & { reused: boolean }> {
  let tree: ReadonlyMap<string, TreeEntry> | undefined;
  if (previous) {
    const changes = await treeChanges(context.dir, previous.commit, commit);
    tree = applyTreeChanges(previous.tree, changes);
    if (await changesAreInert(previous, changes, context.blobs.read, context.config))
      return { ...previous, commit, tree, reused: true };
  }
  const source = gitRevisionSource(context.dir, commit, { blobs: context.blobs, ...(tree ? { tree } : {}) });
  const recorded = recordingFileSource(source);
  const scanned = await scanKeepingTexts(recorded, { ...context.scanOptions, config: context.config });
  const entries = await source.tree();
  return {
    commit,
    tree: entries,
    graph: new PromptGraph(scanned.result),
    reads: recorded.reads,
    kept: scanned.kept,
    symlinks: [...entries.values()].some((entry) => entry.mode === SYMLINK_MODE),
    reused: false,
  };
}
