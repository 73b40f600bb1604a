import { SCHEMA_VERSION } from '../model/schema/common.js';
import type { HistoryResult } from '../model/schema/prompt-history.js';
import { resolveCommit } from '../git/changed-files.js';
import { firstParentCommits } from '../git/commit-log.js';
import { revisionScans, walkProgress } from './revision-scans.js';
import { checkHistoryOptions, type HistoryOptions } from '../query/history/history-options.js';
import { selectPrompt } from '../query/history/select-prompt.js';
import { nodeRef } from '../query/impact/node-ref.js';
import { walkHistory } from '../query/history/walk-history.js';

export type { HistoryOptions } from '../query/history/history-options.js';

/**
 * Every commit that changed a prompt's composed text, newest first: who changed
 * it, when and why, including changes made in a fragment it includes however
 * deep. `prompt` is a path, `path#symbol` or prompt name at the head. Walks the
 * first-parent history of the head (renames followed) and stops at the commit
 * that added the prompt; commits that touch none of its include closure are
 * skipped without scanning. Returns data; never prints.
 */
export async function history(dir: string, prompt: string, options: HistoryOptions = {}): Promise<HistoryResult> {
  checkHistoryOptions(options);
  const headRef = options.head ?? 'HEAD';
  const headCommit = await resolveCommit(dir, headRef);
  const scans = await revisionScans(dir, headCommit, options);
  try {
    const head = await scans.graph(headCommit);
    const node = selectPrompt(head, prompt);
    const commits = firstParentCommits(dir, { start: headCommit, ...(options.since ? { since: options.since } : {}) });
    const walk = await walkHistory(
      head,
      [{ key: node.id, id: node.id, lastId: node.id }],
      commits,
      (commit) => scans.graph(commit.parents[0]),
      {
        stopAtAdded: true,
        ...(options.maxCount ? { maxEntries: options.maxCount } : {}),
        settledManifests: scans.settledManifests,
        ...walkProgress(options.onProgress),
      },
    );
    return {
      schemaVersion: SCHEMA_VERSION,
      prompt: nodeRef(node),
      head: { ref: headRef, commit: headCommit },
      firstParent: true,
      ...(options.since ? { since: options.since } : {}),
      ...(options.maxCount ? { maxCount: options.maxCount } : {}),
      truncated: walk.truncated,
      commits: walk.entries.get(node.id)!,
      walk: walk.stats,
    };
  } finally {
    scans.close();
  }
}
