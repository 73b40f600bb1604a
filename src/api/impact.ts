import type { Config } from '../model/schema/config.js';
import type { ImpactResult } from '../model/schema/impact-result.js';
import type { ScanResult } from '../model/schema/scan-result.js';
import { cachedScan } from '../build/cache/cached-scan.js';
import { workingTreeSource } from './working-tree-source.js';
import type { FileSource } from '../model/file-source.js';
import { readConfig } from '../build/config/read-config.js';
import { loadCodeowners } from '../build/ownership/load-codeowners.js';
import { PromptgraphError } from '../model/promptgraph-error.js';
import { gitChangedFiles, mergeBase, resolveCommit } from '../git/changed-files.js';
import { checkRevisionArgument } from '../git/revision-argument.js';
import { gitRevisionSource, type GitRevisionSource } from '../git/git-revision-source.js';
import { computeImpact } from '../query/impact/compute-impact.js';
import { checkImpact, type CheckOptions } from '../query/impact/check-impact.js';
import type { CheckOutcome } from '../model/schema/check-outcome.js';
import type { CodeownersRequirement, ReviewData } from '../query/impact/impact-input.js';
import type { ProgressCallback } from '../model/progress.js';
import type { CacheOptions } from '../model/cache-options.js';
import { cacheOptionsFor } from '../build/cache/cache-location.js';
import { withRememberedTokenCounts } from './remembered-token-counts.js';
import { holdsSymbol } from '../model/node-symbol.js';
import { organisationImpact, repositoryIn } from '../query/impact/organisation-impact.js';
import { sortDiagnostics } from '../model/sort-result.js';
import { changedOwnershipDiagnostics, withBaseOwnership } from './base-ownership.js';
import { submoduleChanges } from './submodule-changes.js';

export interface ImpactOptions extends CacheOptions {
  /** Compare from `git merge-base <base> <head>`. */
  base?: string;
  /** A revision to compare to; default: the working tree, uncommitted and untracked files included. */
  head?: string;
  /** Changed files (relative to `dir`) when there is no git: every node in them counts as changed; `path#symbol` changes that symbol only. */
  files?: string[];
  /** Use this config instead of the head's promptgraph.config.yaml. */
  config?: Config;
  review?: Partial<ReviewData>;
  /** Told what the two scans are doing, for progress. */
  onProgress?: ProgressCallback;
  /** Scan tests and fixtures too; by default both sides leave them out. */
  includeTests?: boolean;
  /**
   * A merged organisation graph (`promptgraph merge`) to follow the change into
   * other repositories; `repository` names this one in it (default: the one
   * scanned from a folder of the same name).
   */
  against?: { graph: ScanResult; repository?: string };
}

/**
 * The blast radius of a change in the repository at `dir`: git turns `base`/`head`
 * into the changed paths and the two file trees, both are scanned with the
 * head's config and the base's CODEOWNERS (as GitHub reads it, so a change
 * cannot name its own reviewers), and the engine compares them. Returns data;
 * never prints.
 */
export async function impact(dir: string, options: ImpactOptions): Promise<ImpactResult> {
  return (await impactAndHead(dir, options)).result;
}

/** An impact result and the head scan it compared, for callers that also draw the head (the map of a change). */
export interface ImpactRun {
  result: ImpactResult;
  head: ScanResult;
}

/** `impact`, keeping the head's scan so the map of the change does not scan the head a second time. */
export async function impactAndHead(dir: string, options: ImpactOptions): Promise<ImpactRun> {
  const run = await localImpact(dir, options);
  if (!options.against) return run;
  const { graph, repository } = options.against;
  const name = repositoryIn(graph, run.head.root, repository);
  return { ...run, result: { ...run.result, organisation: organisationImpact(run.result, graph, name) } };
}

async function localImpact(dir: string, options: ImpactOptions): Promise<ImpactRun> {
  const review: ReviewData = {
    approvedBy: options.review?.approvedBy ?? [],
    evalsPassed: options.review?.evalsPassed ?? [],
    ...(options.review?.teams ? { teams: options.review.teams } : {}),
    ...(options.review?.evalRuns?.length ? { evalRuns: options.review.evalRuns } : {}),
  };
  const progress = (task: string) => ({
    ...(options.onProgress ? { onProgress: options.onProgress, task } : {}),
    ...(options.includeTests ? { includeTests: true } : {}),
    // Both sides share the working tree's cache: the base's unchanged files are extractions the head scan made,
    // and a side whose files did not change since an identical run reuses that run's whole result.
    ...cacheOptionsFor(dir, options),
  });
  if (options.files) {
    if (options.base || options.head)
      throw new PromptgraphError('--files cannot be combined with --base or --head', { code: 'usage', exitCode: 2 });
    const source = workingTreeSource(dir);
    const config = options.config ?? (await readConfig(source));
    const listed = listedChanges(options.files);
    const head = await cachedScan(source, { config, ...progress('scanning') });
    checkListedSymbols(head, listed.symbols);
    const codeowners = await codeownersOf(source, listed.files);
    return {
      result: await withRememberedTokenCounts(cacheOptionsFor(dir, options).cacheDir, () =>
        computeImpact({
          head,
          changedFiles: listed.files,
          symbols: listed.symbols,
          codeowners,
          review,
          ...(config.model ? { model: config.model } : {}),
        }),
      ),
      head,
    };
  }
  if (!options.base)
    throw new PromptgraphError('give --base <rev> to compare with git, or --files a,b to name the changed files', {
      code: 'usage',
      exitCode: 2,
      hint: 'e.g. promptgraph impact --base origin/main',
    });

  // Both revisions are checked before git runs at all.
  checkRevisionArgument(options.base, '--base');
  if (options.head) checkRevisionArgument(options.head, '--head');
  const headCommit = options.head ? await resolveCommit(dir, options.head) : undefined;
  const baseCommit = await mergeBase(dir, options.base, headCommit ?? 'HEAD');
  const changes = await gitChangedFiles(dir, baseCommit, headCommit);
  const baseSource = gitRevisionSource(dir, baseCommit);
  const headRevision: GitRevisionSource | undefined = headCommit ? gitRevisionSource(dir, headCommit) : undefined;
  const headSource: FileSource = headRevision ?? workingTreeSource(dir);
  try {
    const config = options.config ?? (await readConfig(headSource));
    const base = await cachedScan(baseSource, { config, ...progress(`scanning base ${baseCommit.slice(0, 7)}`) });
    const head = await cachedScan(withBaseOwnership(headSource, baseSource), {
      config,
      ...progress(headCommit ? `scanning head ${headCommit.slice(0, 7)}` : 'scanning the working tree'),
    });
    const codeowners = await codeownersOf(baseSource, changes.files);
    const result = await withRememberedTokenCounts(cacheOptionsFor(dir, options).cacheDir, () =>
      computeImpact({
        base,
        head,
        changedFiles: changes.files,
        renames: changes.renames,
        baseRevision: { ref: options.base!, commit: baseCommit },
        headRevision: headCommit ? { ref: options.head!, commit: headCommit } : { ref: 'working-tree' },
        codeowners,
        review,
        ...(config.model ? { model: config.model } : {}),
      }),
    );
    result.diagnostics = sortDiagnostics([
      ...result.diagnostics,
      ...changedOwnershipDiagnostics(changes.files),
      ...(await submoduleChanges(changes.files, [baseSource, headRevision])),
    ]);
    return { result, head };
  } finally {
    baseSource.close();
    headRevision?.close();
  }
}

/** `impact` plus the CI gate: what is still missing before the change may merge (`failOnRisk`: also a risk at or above it). */
export async function check(
  dir: string,
  options: ImpactOptions & CheckOptions,
): Promise<{ result: ImpactResult; outcome: CheckOutcome }> {
  const result = await impact(dir, options);
  return { result, outcome: checkImpact(result, options.failOnRisk ? { failOnRisk: options.failOnRisk } : {}) };
}

/**
 * The CODEOWNERS rules deciding each of `files` in `source` (file → one rule per
 * GitLab section, with the section's approval count and whether it is optional);
 * empty without a CODEOWNERS file. A rule that un-owns its files asks no one.
 */
export async function codeownersOf(
  source: FileSource,
  files: string[],
): Promise<Record<string, CodeownersRequirement[]>> {
  const { codeowners } = await loadCodeowners(source, new Set(await source.listFiles()));
  if (!codeowners) return {};
  const sections = new Map(codeowners.sections.map((section) => [section.name.toLowerCase(), section]));
  return Object.fromEntries(
    files.map((file) => [
      file,
      codeowners.ownersOf(file).rules.map((rule): CodeownersRequirement => {
        const section = rule.section ? sections.get(rule.section.toLowerCase()) : undefined;
        return {
          owners: rule.owners,
          file: codeowners.file,
          line: rule.line,
          pattern: rule.pattern,
          ...(section ? { section: section.name, approvals: section.approvals, optional: section.optional } : {}),
        };
      }),
    ]),
  );
}

/** `--files a.ts,b.ts#SYSTEM`: the files, and for entries naming a symbol, the symbols of that file that changed. */
function listedChanges(entries: string[]): { files: string[]; symbols: Record<string, string[]> } {
  const files = new Set<string>();
  const symbols: Record<string, string[]> = {};
  const whole = new Set<string>();
  for (const entry of entries) {
    const hash = entry.indexOf('#');
    const file = normalizePath(hash < 0 ? entry : entry.slice(0, hash));
    if (!file) continue;
    files.add(file);
    if (hash < 0) whole.add(file);
    else symbols[file] = [...(symbols[file] ?? []), entry.slice(hash + 1)];
  }
  // A file listed whole as well as by symbol changed whole.
  for (const file of whole) delete symbols[file];
  return { files: [...files], symbols };
}

/** A `path#symbol` naming no node of the scan is a typo, not an empty change. */
function checkListedSymbols(head: ScanResult, symbols: Record<string, string[]>): void {
  for (const [file, names] of Object.entries(symbols)) {
    for (const symbol of names) {
      if (head.nodes.some((node) => node.file === file && holdsSymbol(node, symbol))) continue;
      throw new PromptgraphError(
        `--files ${file}#${symbol}: no prompt, fragment or consumer of that symbol in ${file}`,
        {
          code: 'usage',
          exitCode: 2,
          hint: 'give path#symbol as the scan names it (promptgraph scan --format json lists every node)',
        },
      );
    }
  }
}

const normalizePath = (file: string): string => file.trim().replace(/\\/g, '/').replace(/^\.\//, '');
