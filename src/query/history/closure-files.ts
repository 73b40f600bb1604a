import type { PromptGraph } from '../graph/prompt-graph.js';
import { isManifest } from '../../build/resolve/create-module-resolvers.js';

/**
 * The files whose text makes a node's composed text: its own and those of
 * everything it includes, however deep. A commit that touches none of them (at
 * the commit or at its parent) cannot have changed that text.
 */
export function closureFiles(graph: PromptGraph, id: string): string[] {
  if (!graph.node(id)) return [];
  const files = new Set<string>();
  for (const nodeId of [id, ...graph.upstream(id)]) {
    const file = graph.node(nodeId)?.file;
    if (file) files.add(file);
  }
  return [...files].sort();
}

export interface CommitChanges {
  files: readonly string[];
  /** Paths the commit deleted or renamed away. */
  removed: readonly string[];
}

/**
 * Files that steer every scan: manifests decide imports. (A `.gitignore` does not:
 * a revision's scan reads its whole tree, tracked files being git's file set.)
 * `settled` are manifests the caller showed this commit edited without steering.
 */
const steersResolution = (file: string, settled: ReadonlySet<string>): boolean =>
  isManifest(file) && !settled.has(file);

/**
 * Whether a commit may have changed a composed text whose closure (at the
 * commit) is `closure`. The closure at the parent can only differ through a
 * file that the commit deleted or renamed away (an include then dangles, or
 * falls back to another candidate), so such a commit counts as touching it;
 * a file the commit added matters only if the commit's closure holds it.
 */
export function touchesClosure(
  changes: CommitChanges,
  closure: ReadonlySet<string>,
  settled: ReadonlySet<string> = new Set(),
): boolean {
  return (
    changes.removed.length > 0 || changes.files.some((file) => closure.has(file) || steersResolution(file, settled))
  );
}

/** The manifests a commit touches that are not in the closure: the only files that may still need a look. */
export function manifestsOutside(changes: CommitChanges, closure: ReadonlySet<string>): string[] {
  return changes.files.filter((file) => isManifest(file) && !closure.has(file));
}
