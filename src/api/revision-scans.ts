import { PromptGraph } from '../query/graph/prompt-graph.js';
import { scan } from '../build/scan.js';
import { memoryFileSource } from '../build/files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import { readConfig } from '../build/config/read-config.js';
import type { Config } from '../model/schema/config.js';
import { gitBlobStore } from '../git/git-blob-store.js';
import { gitRevisionSource } from '../git/git-revision-source.js';
import { scanRevision, type ScannedRevision } from './scan-revision.js';
import { settledManifests } from './settled-manifests.js';
import type { WalkCommit } from '../query/history/attribute-commit.js';
import type { ProgressCallback } from '../model/progress.js';
import type { WalkStats } from '../model/schema/prompt-history.js';
import type { CacheOptions } from '../model/cache-options.js';
import { cacheOptionsFor } from '../build/cache/cache-location.js';

/** Scans of many revisions of one repository, for walks over history. */
export interface RevisionScans {
  /** The files of a commit, read through the shared blob store. */
  source(commit: string): FileSource;
  /** The scan of a commit as a graph; undefined is the empty tree before a root commit. */
  graph(commit: string | undefined): Promise<PromptGraph>;
  /** The manifests a commit edited without steering the graph (`settled-manifests.ts`), for the walk to skip it. */
  settledManifests(commit: WalkCommit, files: readonly string[]): Promise<ReadonlySet<string>>;
  /** Keeps a graph already built for a commit (the head, the base), so a walk that reaches it does not scan it again. */
  remember(commit: string, graph: PromptGraph): void;
  /** Blobs read from git so far: what the walk cost in reads. */
  readonly blobReads: number;
  /** Revisions answered with a neighbour's graph, their changes being inert (`changesAreInert`). */
  readonly reused: number;
  close(): void;
}

/**
 * Every revision is read through one `cat-file --batch` and one blob cache, so
 * a file is read once per version however many revisions hold it, and the
 * content-hash extraction cache (src/build/extract/extract-file.ts) then skips every
 * adapter run but the first for each version; the persistent cache (the working
 * tree's `node_modules/.cache/promptgraph` unless told otherwise) keeps them for
 * the next process, so a second walk parses nothing. Every revision is scanned with
 * the same config (the head's), as `impact` does, so results are comparable.
 */
export async function revisionScans(
  dir: string,
  headCommit: string,
  options: { config?: Config; onProgress?: ProgressCallback; includeTests?: boolean } & CacheOptions = {},
): Promise<RevisionScans> {
  const { config, onProgress } = options;
  const blobs = gitBlobStore(dir);
  const cache = cacheOptionsFor(dir, options);
  const source = (commit: string) => gitRevisionSource(dir, commit, { blobs });
  let settled: Config;
  try {
    settled = config ?? (await readConfig(source(headCommit)));
  } catch (error) {
    blobs.close();
    throw error;
  }
  // Only graphs the caller hands over are kept: a long walk holds two graphs at a time, not one per commit.
  const remembered = new Map<string, PromptGraph>();
  // The last revision scanned: the next one is scanned from it (scan-revision.ts).
  let last: ScannedRevision | undefined;
  let reused = 0;
  const tests = options.includeTests ? { includeTests: true } : {};
  return {
    source,
    async graph(commit) {
      const known = commit ? remembered.get(commit) : undefined;
      if (known) return known;
      if (!commit) return new PromptGraph(await scan(memoryFileSource(memoryName(dir), {}), { config: settled }));
      const progress = onProgress ? { onProgress, task: `scanning ${commit.slice(0, 7)}` } : {};
      const context = { dir, blobs, config: settled, scanOptions: { ...progress, ...tests, ...cache } };
      const scanned = await scanRevision(context, commit, last);
      if (scanned.reused) reused++;
      last = scanned;
      return scanned.graph;
    },
    settledManifests: settledManifests(dir, blobs),
    remember: (commit, graph) => void remembered.set(commit, graph),
    get blobReads() {
      return blobs.reads;
    },
    get reused() {
      return reused;
    },
    close: () => blobs.close(),
  };
}

/** A history walk's counts as progress: commits walked (the total is not known up front) and parents scanned. */
export function walkProgress(onProgress: ProgressCallback | undefined): {
  onProgress?: (stats: Readonly<WalkStats>) => void;
} {
  if (!onProgress) return {};
  return {
    onProgress: (stats) =>
      onProgress({ task: 'walking history', done: stats.commits, unit: 'commits', detail: `${stats.scanned} scanned` }),
  };
}

const memoryName = (dir: string): string => dir.replace(/\\/g, '/').split('/').filter(Boolean).pop() ?? 'repo';
