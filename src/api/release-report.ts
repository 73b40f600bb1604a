import type { Config } from '../model/schema/config.js';
import type { ReleaseReport } from '../model/schema/release-report.js';
import type { ProgressCallback } from '../model/progress.js';
import type { CacheOptions } from '../model/cache-options.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { checkRevisionArgument } from '../git/revision-argument.js';
import { gitChangedFiles, mergeBase, resolveCommit } from '../git/changed-files.js';
import { firstParentCommits } from '../git/commit-log.js';
import { revisionScans, walkProgress } from './revision-scans.js';
import { codeownersOf } from './impact.js';
import { computeImpact } from '../query/impact/compute-impact.js';
import { closureFiles } from '../query/history/closure-files.js';
import { graphPair } from '../query/history/graph-pair.js';
import { walkHistory } from '../query/history/walk-history.js';
import { releaseTargets } from '../query/release/release-targets.js';
import { buildReleaseReport } from '../query/release/build-release-report.js';

export interface ReleaseReportOptions extends CacheOptions {
  /** The older release: a tag, branch or commit. Compared from `git merge-base <base> <head>`. */
  base: string;
  /** The newer release; default HEAD. */
  head?: string;
  /** Scan both sides and every commit between with this config instead of the head's. */
  config?: Config;
  /** Told the commits walked and parents scanned so far, and what each scan is doing. */
  onProgress?: ProgressCallback;
  /** Scan tests and fixtures too; by default every revision leaves them out. */
  includeTests?: boolean;
}

/**
 * Every prompt whose composed text changed between two releases, with the
 * commits that changed it. The impact engine compares the merge base and the
 * head; the history walk then attributes each listed prompt's change to the
 * first-parent commits of `base..head`, scanning only the parents of commits
 * that touch a listed prompt's include closure. Returns data; never prints.
 */
export async function releaseReport(dir: string, options: ReleaseReportOptions): Promise<ReleaseReport> {
  if (!options.base)
    throw new PromptgraphError('report needs --base <rev-or-tag> (the older release)', {
      code: 'usage',
      exitCode: 2,
      hint: 'e.g. promptgraph report --base v1.2.0 --head v1.3.0',
    });
  const headRef = options.head ?? 'HEAD';
  // Both revisions are checked before git runs at all.
  checkRevisionArgument(options.base, '--base');
  checkRevisionArgument(headRef, '--head');
  const headCommit = await resolveCommit(dir, headRef);
  const baseCommit = await mergeBase(dir, options.base, headCommit);
  const changes = await gitChangedFiles(dir, baseCommit, headCommit);
  const scans = await revisionScans(dir, headCommit, options);
  try {
    const head = await scans.graph(headCommit);
    const base = await scans.graph(baseCommit);
    scans.remember(baseCommit, base);
    const impact = computeImpact({
      base: base.result,
      head: head.result,
      changedFiles: changes.files,
      renames: changes.renames,
      baseRevision: { ref: options.base, commit: baseCommit },
      headRevision: { ref: headRef, commit: headCommit },
      codeowners: await codeownersOf(scans.source(headCommit), changes.files),
    });
    const targets = releaseTargets(impact);
    const walk = targets.length
      ? await walkHistory(
          head,
          targets.map((target) => ({
            key: target.id,
            ...(head.node(target.id) ? { id: target.id } : {}),
            lastId: target.id,
          })),
          firstParentCommits(dir, { start: headCommit, exclude: baseCommit }),
          (commit) => scans.graph(commit.parents[0]),
          // A prompt removed since the base is followed through the files it was made of there.
          {
            stopAtAdded: false,
            extraFiles: targets.flatMap((target) =>
              closureFiles(base, ('renamedFrom' in target && target.renamedFrom) || target.id),
            ),
            settledManifests: scans.settledManifests,
            ...walkProgress(options.onProgress),
          },
        )
      : { entries: new Map(), stats: { commits: 0, scanned: 0 } };
    return buildReleaseReport({
      impact,
      graphs: graphPair(base, head),
      targets,
      commits: walk.entries,
      walk: walk.stats,
    });
  } finally {
    scans.close();
  }
}
