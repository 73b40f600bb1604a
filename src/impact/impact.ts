import type { Config } from '../schema/config.js';
import type { ImpactResult } from '../schema/impact-result.js';
import { scan } from '../scan/scan.js';
import { diskFileSource, type FileSource } from '../scan/file-source.js';
import { CONFIG_FILE, parseConfig } from '../config/load-config.js';
import { loadCodeowners } from '../ownership/load-codeowners.js';
import { PromptgraphError } from '../errors/promptgraph-error.js';
import { gitChangedFiles, mergeBase, resolveCommit } from '../git/changed-files.js';
import { gitRevisionSource, type GitRevisionSource } from '../git/git-revision-source.js';
import { computeImpact } from './compute-impact.js';
import { checkImpact, type CheckOutcome } from './check-impact.js';
import type { ReviewData } from './impact-input.js';

export interface ImpactOptions {
  /** Compare from `git merge-base <base> <head>`. */
  base?: string;
  /** A revision to compare to; default: the working tree, uncommitted and untracked files included. */
  head?: string;
  /** Changed files (relative to `dir`) when there is no git: every node in them counts as changed. */
  files?: string[];
  /** Use this config instead of the head's promptgraph.config.yaml. */
  config?: Config;
  review?: Partial<ReviewData>;
}

/**
 * The blast radius of a change in the repository at `dir`: git turns `base`/`head`
 * into the changed paths and the two file trees, both are scanned with the
 * head's config, and the engine compares them. Returns data; never prints.
 */
export async function impact(dir: string, options: ImpactOptions): Promise<ImpactResult> {
  const review: ReviewData = { approvedBy: options.review?.approvedBy ?? [], evalsPassed: options.review?.evalsPassed ?? [], ...(options.review?.teams ? { teams: options.review.teams } : {}) };
  if (options.files) {
    if (options.base || options.head) throw new PromptgraphError('--files cannot be combined with --base or --head', { code: 'usage', exitCode: 2 });
    const source = diskFileSource(dir);
    const config = options.config ?? (await readConfig(source));
    const changedFiles = options.files.map(normalizePath).filter(Boolean);
    const head = await scan(source, { config });
    return computeImpact({ head, changedFiles, codeowners: await codeownersOf(source, changedFiles), review });
  }
  if (!options.base) throw new PromptgraphError('impact needs --base <rev> (or --files a,b without git)', { code: 'usage', exitCode: 2 });

  const headCommit = options.head ? await resolveCommit(dir, options.head) : undefined;
  const baseCommit = await mergeBase(dir, options.base, headCommit ?? 'HEAD');
  const changes = await gitChangedFiles(dir, baseCommit, headCommit);
  const baseSource = gitRevisionSource(dir, baseCommit);
  const headRevision: GitRevisionSource | undefined = headCommit ? gitRevisionSource(dir, headCommit) : undefined;
  const headSource: FileSource = headRevision ?? diskFileSource(dir);
  try {
    const config = options.config ?? (await readConfig(headSource));
    const [base, head] = [await scan(baseSource, { config }), await scan(headSource, { config })];
    return computeImpact({
      base,
      head,
      changedFiles: changes.files,
      renames: changes.renames,
      baseRevision: { ref: options.base, commit: baseCommit },
      headRevision: headCommit ? { ref: options.head!, commit: headCommit } : { ref: 'working-tree' },
      codeowners: await codeownersOf(headSource, changes.files),
      review,
    });
  } finally {
    baseSource.close();
    headRevision?.close();
  }
}

/** `impact` plus the CI gate: what is still missing before the change may merge. */
export async function check(dir: string, options: ImpactOptions): Promise<{ result: ImpactResult; outcome: CheckOutcome }> {
  const result = await impact(dir, options);
  return { result, outcome: checkImpact(result) };
}

async function readConfig(source: FileSource): Promise<Config> {
  const text = await source.readFile(CONFIG_FILE).then((bytes) => bytes.toString('utf8'), () => undefined);
  return parseConfig(text);
}

/** The CODEOWNERS owners of each of `files` in `source` (file → handles); empty without a CODEOWNERS file. */
export async function codeownersOf(source: FileSource, files: string[]): Promise<Record<string, string[]>> {
  const { codeowners } = await loadCodeowners(source, new Set(await source.listFiles()));
  if (!codeowners) return {};
  return Object.fromEntries(files.map((file) => [file, codeowners.ownersOf(file).owners]));
}

const normalizePath = (file: string): string => file.trim().replace(/\\/g, '/').replace(/^\.\//, '');
