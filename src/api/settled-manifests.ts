import type { WalkCommit } from '../query/history/attribute-commit.js';
import { manifestEditSteers } from '../build/packages/manifest-edit-steers.js';
import type { GitBlobStore } from '../git/git-blob-store.js';
import { treeChanges } from '../git/tree-changes.js';

/**
 * For a history walk: the manifests among `files` that the commit edited in
 * place without changing what the graph reads of them (a version bump, new
 * dependency pins), compared blob to blob. An added, deleted or unreadable
 * manifest is never settled.
 */
export function settledManifests(
  dir: string,
  blobs: GitBlobStore,
): (commit: WalkCommit, files: readonly string[]) => Promise<ReadonlySet<string>> {
  return async (commit, files) => {
    const settled = new Set<string>();
    const parent = commit.parents[0];
    if (!parent || !files.length) return settled;
    const wanted = new Set(files);
    for (const change of await treeChanges(dir, parent, commit.commit)) {
      if (change.status !== 'M' || !wanted.has(change.path)) continue;
      if (!change.oldMode.startsWith('100') || !change.newMode.startsWith('100')) continue;
      try {
        const [before, after] = await Promise.all([
          blobs.read(change.oldObject, change.path),
          blobs.read(change.newObject, change.path),
        ]);
        if (!manifestEditSteers(change.path, before.toString('utf8'), after.toString('utf8'))) settled.add(change.path);
      } catch {
        // Unreadable: it steers, as far as anyone can tell.
      }
    }
    return settled;
  };
}
