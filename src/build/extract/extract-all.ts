import type { Config } from '../../model/schema/config.js';
import type { Diagnostic } from '../../model/schema/common.js';
import type { Adapter, Extraction } from '../../model/extraction.js';
import { loadedTextAdapter } from '../adapters/loaded-text.js';
import { configPromptsAdapter } from '../adapters/config-prompts.js';
import { configurationFiles } from './configuration-files.js';
import { agentImportAdapter } from '../adapters/agent-import.js';
import type { FileExtraction } from '../resolve/unit-index.js';
import type { FileSource } from '../../model/file-source.js';
import { OUTSIDE_ROOT } from '../files/symlinks.js';
import { readText } from '../files/read-text.js';
import { extractFile } from './extract-file.js';
import { extractPool } from './extract-pool.js';
import { claimingAdapters, prefilterVerdict } from './prefilter-verdict.js';
import { createModuleResolvers, isManifest } from '../resolve/create-module-resolvers.js';
import { isDataModule } from '../resolve/resolve-target.js';
import type { ModuleResolvers } from '../resolve/module-resolver.js';
import { filesToFollow, type RejectedFile } from './follow-imports.js';
import { includePatternDiagnostics } from '../adapters/shared/registry-references.js';
import { matchFileTarget } from '../resolve/file-candidates.js';
import { tsconfigDiagnostics } from '../resolve/read-tsconfig.js';
import type { ExtractionCache } from '../cache/extraction-cache.js';

export interface ExtractedRepository {
  files: FileExtraction[];
  /** Text of every file that was read, for hashing node source lines. */
  texts: Map<string, string>;
  /** package.json, tsconfig*.json, pyproject.toml…: what module resolution needs. */
  manifests: Map<string, string>;
  /** Module resolution built from the files and manifests, shared by extraction and the resolver. */
  resolvers: ModuleResolvers;
  diagnostics: Diagnostic[];
}

const CONCURRENCY = 32;

/**
 * Reads and extracts every file an adapter claims. A file loaded by code but
 * claimed by no adapter (`readFile('templates/system.txt')`) is read in a second
 * pass as plain prompt text, so loaders always have something to point at; a
 * YAML, JSON or TOML file code names as configuration is read for the prompts
 * under its keys.
 * With `persistent`, extractions are read from and written to the disk cache.
 */
export async function extractAll(
  source: FileSource,
  paths: string[],
  config: Config,
  onProgress?: (done: number, total: number) => void,
  persistent?: ExtractionCache,
): Promise<ExtractedRepository> {
  const result: Omit<ExtractedRepository, 'resolvers'> = {
    files: [],
    texts: new Map(),
    manifests: new Map(),
    diagnostics: includePatternDiagnostics(config),
  };
  const configKey = JSON.stringify(config);
  const jobs = paths
    .map((path) => ({
      path,
      adapters: claimingAdapters(path, config),
      manifest: isManifest(path),
    }))
    .filter((job) => job.adapters.length || job.manifest);
  const byPath = new Map<string, Extraction>();
  // Worker threads when there are enough files to pay for them (extract-pool.ts); the output is the same either way.
  const pool = extractPool(jobs.length);

  const run = async (job: { path: string; adapters: readonly Adapter[]; manifest: boolean }) => {
    const text = await readSourceText(source, job.path, config, result.diagnostics);
    if (text === undefined) return;
    if (job.manifest) result.manifests.set(job.path, text);
    // A file no prefilter accepts stays free for the loaded-text pass when code loads it.
    const verdict = prefilterVerdict(job.adapters, text, config);
    if ('rejected' in verdict && verdict.rejected) rejected.set(job.path, verdict.rejected);
    if (!('adapter' in verdict)) return;
    result.texts.set(job.path, text);
    return extractFile(verdict.adapter, { path: job.path, text }, { config }, configKey, pool, persistent);
  };
  const rejected = new Map<string, RejectedFile>();
  await inBatches(jobs, run, byPath, onProgress);
  result.diagnostics.push(...tsconfigDiagnostics(result.manifests));

  // Code files the prefilter skipped are read after all when the graph needs them (an imported constant, a wrapper's caller).
  const resolvers = createModuleResolvers(new Set(paths), result.manifests);
  for (
    let follow = filesToFollow(byPath, rejected, resolvers);
    follow.length;
    follow = filesToFollow(byPath, rejected, resolvers)
  ) {
    await inBatches(
      follow.map((path) => ({ path, adapter: rejected.get(path)!.adapter })),
      async ({ path, adapter }) => {
        rejected.delete(path);
        const text = await readSourceText(source, path, config, result.diagnostics);
        if (text === undefined) return;
        result.texts.set(path, text);
        return extractFile(adapter, { path, text }, { config }, configKey, pool, persistent);
      },
      byPath,
    );
  }

  const listed = new Set(paths);
  // Configuration files code names (a YAML of prompts it reads) are read by the config-prompts adapter before plain loaded text.
  await inBatches(
    [...configurationFiles(byPath, listed)]
      .sort()
      .map((path) => ({ path, adapters: [configPromptsAdapter], manifest: false })),
    run,
    byPath,
  );

  // Loaded files can load others (an imported CLAUDE.md fragment imports its own): read until none is new.
  // Each round looks only at what the previous round read, so a chain of n loaded files costs n, not n².
  const attempted = new Set<string>();
  for (
    let loaded = filesToLoad(byPath, byPath, listed, attempted, resolvers);
    loaded.length;
    loaded = filesToLoad(
      new Map(loaded.flatMap(({ path }) => (byPath.has(path) ? [[path, byPath.get(path)!] as const] : []))),
      byPath,
      listed,
      attempted,
      resolvers,
    )
  ) {
    for (const { path } of loaded) attempted.add(path);
    await inBatches(loaded, run, byPath);
  }

  for (const path of [...byPath.keys()].sort()) result.files.push({ path, extraction: byPath.get(path)! });
  return { ...result, resolvers };
}

/**
 * Files the references of `from` point at that no adapter has read, each with the adapter to read it by (see
 * `Target.loadAs`); a JSON module code imports is read as loaded text too.
 */
function filesToLoad(
  from: ReadonlyMap<string, Extraction>,
  byPath: ReadonlyMap<string, Extraction>,
  listed: ReadonlySet<string>,
  attempted: ReadonlySet<string>,
  resolvers: ModuleResolvers,
): { path: string; adapters: Adapter[]; manifest: false }[] {
  const loaded = new Map<string, Adapter>();
  for (const [fromFile, extraction] of from) {
    for (const reference of extraction.references) {
      if (reference.target.type === 'export') {
        if (!reference.target.specifier.endsWith('.json')) continue;
        const data = resolvers[reference.target.language]?.resolve(fromFile, reference.target.specifier);
        if (data && isDataModule(data) && !byPath.has(data) && !attempted.has(data) && !loaded.has(data))
          loaded.set(data, loadedTextAdapter);
        continue;
      }
      if (reference.target.type !== 'file') continue;
      const existing = matchFileTarget(reference.target, listed).file;
      if (!existing || byPath.has(existing) || attempted.has(existing)) continue;
      // A file both imported and loaded is read as an import, so its own imports are not lost.
      if (reference.target.loadAs === 'agent-import' || !loaded.has(existing))
        loaded.set(existing, reference.target.loadAs === 'agent-import' ? agentImportAdapter : loadedTextAdapter);
    }
  }
  return [...loaded.keys()].sort().map((path) => ({ path, adapters: [loaded.get(path)!], manifest: false as const }));
}

async function readSourceText(
  source: FileSource,
  path: string,
  config: Config,
  diagnostics: Diagnostic[],
): Promise<string | undefined> {
  let bytes: Buffer;
  try {
    bytes = await source.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === OUTSIDE_ROOT) {
      diagnostics.push({
        severity: 'warning',
        code: OUTSIDE_ROOT,
        file: path,
        line: 1,
        message:
          'skipped: the symlink leads to a file outside the repository root, which promptgraph never reads; copy the prompt in, or scan the folder it lives in',
      });
      return undefined;
    }
    const why =
      code === 'ELOOP'
        ? 'it is a symlink loop'
        : code === 'ENOENT'
          ? 'it is a broken symlink or vanished during the scan'
          : `${code}: ${(error as Error).message}`;
    diagnostics.push({
      severity: 'warning',
      code: 'unreadable-file',
      file: path,
      line: 0,
      message: `skipped: cannot read the file (${why})`,
    });
    return undefined;
  }
  const read = readText(path, bytes, config.maxFileBytes);
  if (read.diagnostic) diagnostics.push(read.diagnostic);
  return read.ok ? read.text : undefined;
}

/**
 * Runs `run` over the items, CONCURRENCY at a time, and records each extraction under its
 * path in the items' order, not the order they finish in (worker threads finish in any order).
 */
async function inBatches<T extends { path: string }>(
  items: T[],
  run: (item: T) => Promise<Extraction | undefined>,
  byPath: Map<string, Extraction>,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += CONCURRENCY) {
    const batch = items.slice(start, start + CONCURRENCY);
    const extractions = await Promise.all(batch.map(run));
    batch.forEach((item, index) => {
      const extraction = extractions[index];
      if (extraction) byPath.set(item.path, extraction);
    });
    onProgress?.(Math.min(start + CONCURRENCY, items.length), items.length);
  }
}
