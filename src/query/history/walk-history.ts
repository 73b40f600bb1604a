import type { PromptGraph } from '../graph/prompt-graph.js';
import type { PromptCommit, WalkStats } from '../../model/schema/prompt-history.js';
import { attributeCommit, type TrackedPrompt, type WalkCommit } from './attribute-commit.js';
import { closureFiles, manifestsOutside, touchesClosure } from './closure-files.js';

export interface WalkOptions {
  /** Stop following a prompt at the commit that added it (`history`); a release walk keeps looking for an older copy. */
  stopAtAdded: boolean;
  /** Stop once this many entries are found (`--max-count`). */
  maxEntries?: number;
  /** Files that count as part of every closure: a release walk adds the base's, so a prompt removed since is followed too. */
  extraFiles?: Iterable<string>;
  /**
   * The manifests of `files` the commit edited without steering the graph
   * (`manifestEditSteers`), read from git by the caller. Without it every
   * manifest change counts as steering, and the commit's parent is scanned.
   */
  settledManifests?: (commit: WalkCommit, files: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Called after each commit walked, for progress on a terminal. */
  onProgress?: (stats: Readonly<WalkStats>) => void;
}

export interface WalkResult {
  /** Tracked key → the commits that changed its composed text, newest first. */
  entries: Map<string, PromptCommit[]>;
  /** Commits walked and revisions scanned. */
  stats: WalkStats;
  /** True when `maxEntries` stopped the walk while a prompt was still being followed. */
  truncated: boolean;
}

/**
 * Attributes composed-text changes to commits, walking first-parent history
 * newest first. `start` is the scan of the newest revision; `scanParent` scans
 * a commit's first parent (an empty graph for a root commit). The invariant:
 * `child` is the scan of the last scanned revision, and every commit walked
 * since touched no file of the tracked prompts' closures and removed no file,
 * so `child` composes them exactly as the current commit does. A commit that
 * touches no closure file is skipped without scanning; one that does costs one
 * scan (its parent's), which then becomes `child`. Git stays with the caller.
 */
export async function walkHistory(
  start: PromptGraph,
  targets: readonly TrackedPrompt[],
  commits: AsyncIterable<WalkCommit>,
  scanParent: (commit: WalkCommit) => Promise<PromptGraph>,
  options: WalkOptions,
): Promise<WalkResult> {
  const entries = new Map<string, PromptCommit[]>(targets.map((target) => [target.key, []]));
  const stats = { commits: 0, scanned: 0 };
  const extra = [...(options.extraFiles ?? [])];
  let child = start;
  let tracked = [...targets];
  let closure = closureOf(child, tracked, extra);
  let found = 0;
  const following = () =>
    options.stopAtAdded ? tracked.some((prompt) => prompt.id !== undefined) : tracked.length > 0;
  for await (const commit of commits) {
    if (!following()) break;
    stats.commits++;
    if (!(await touches(commit, closure, child, options))) {
      options.onProgress?.(stats);
      continue;
    }
    const parent = await scanParent(commit);
    stats.scanned++;
    options.onProgress?.(stats);
    const attribution = attributeCommit(child, parent, commit, tracked);
    for (const [key, entry] of attribution.entries) entries.get(key)!.push(entry);
    found += attribution.entries.size;
    tracked = options.stopAtAdded ? attribution.next.filter((prompt) => prompt.id !== undefined) : attribution.next;
    child = parent;
    closure = closureOf(child, tracked, extra);
    if (options.maxEntries !== undefined && found >= options.maxEntries) {
      return { entries, stats, truncated: following() };
    }
  }
  return { entries, stats, truncated: false };
}

/**
 * Whether the commit may have changed a tracked composed text. A manifest edit
 * is asked about only when it is the one reason left, and a manifest that holds
 * nodes of the child's graph (a configuration file code reads prompts from)
 * steers whatever the edit.
 */
async function touches(
  commit: WalkCommit,
  closure: ReadonlySet<string>,
  child: PromptGraph,
  options: WalkOptions,
): Promise<boolean> {
  if (!touchesClosure(commit.changes, closure)) return false;
  if (!options.settledManifests || commit.changes.removed.length) return true;
  if (commit.changes.files.some((file) => closure.has(file))) return true;
  const manifests = manifestsOutside(commit.changes, closure);
  const holding = new Set(child.result.nodes.map((node) => node.file));
  if (manifests.some((file) => holding.has(file))) return true;
  return touchesClosure(commit.changes, closure, await options.settledManifests(commit, manifests));
}

function closureOf(graph: PromptGraph, tracked: readonly TrackedPrompt[], extra: readonly string[]): Set<string> {
  return new Set([...extra, ...tracked.flatMap((prompt) => (prompt.id ? closureFiles(graph, prompt.id) : []))]);
}
