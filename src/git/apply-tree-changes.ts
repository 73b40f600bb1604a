import type { TreeEntry } from './revision-tree.js';
import type { TreeChange } from './tree-changes.js';

/**
 * The tree of a revision from the tree of another and the changes between
 * them: what `ls-tree -r` of the new revision would print, without listing a
 * 27,000-file tree once per revision of a walk. The old tree is left as it was.
 */
export function applyTreeChanges(
  tree: ReadonlyMap<string, TreeEntry>,
  changes: readonly TreeChange[],
): Map<string, TreeEntry> {
  const next = new Map(tree);
  for (const change of changes) {
    if (change.status === 'D' || change.status === 'R') next.delete(change.from);
    if (change.status !== 'D') next.set(change.path, { mode: change.newMode, object: change.newObject });
  }
  return next;
}
