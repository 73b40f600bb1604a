import type { Config } from '../model/schema/config.js';
import type { Diagnostic } from '../model/schema/common.js';
import type { ScanResult } from '../model/schema/scan-result.js';
import { SCHEMA_VERSION } from '../model/schema/common.js';
import { readConfig } from './config/read-config.js';
import { discoverFiles } from './files/discover-files.js';
import { diskFileSource } from './files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import { extractAll } from './extract/extract-all.js';
import { resolveReferences } from './resolve/resolve-references.js';
import { buildGraph } from './graph/build-graph.js';
import { loadCodeowners } from './ownership/load-codeowners.js';
import { applyOwnership } from './ownership/apply-ownership.js';
import { findMissingSchemaFiles } from './contract/find-missing-schema-files.js';
import { findSuppressions } from './extract/find-suppressions.js';
import { sortDiagnostics, sortEdges, sortNodes } from '../model/sort-result.js';
import type { ProgressCallback } from '../model/progress.js';
import type { CacheOptions } from '../model/cache-options.js';
import { cacheDirFor } from './cache/cache-location.js';
import { extractionCache } from './cache/extraction-cache.js';
import { describePackages, packageSurface, publishedText } from './packages/package-surface.js';

export interface ScanOptions extends CacheOptions {
  /** Use this config instead of reading promptgraph.config.yaml from the source. */
  config?: Config;
  /** Told what the scan is doing: files read out of all to read, then resolving and building the graph. */
  onProgress?: ProgressCallback;
  /** The task its progress updates name; default `scanning`. */
  task?: string;
  /** Scan tests and fixtures too (`--include-tests`); by default they are left out, as knip's production mode does. */
  includeTests?: boolean;
  /** The persistent cache's size limit in bytes (default 256 MiB); past it the entries written longest ago are removed. */
  cacheMaxBytes?: number;
}

/**
 * The one graph-building pass: discover → read → extract (per file, cached) →
 * resolve references → build the graph → ownership. Everything else (impact,
 * audit, render) queries its result. `source` is a directory or any FileSource.
 * Extractions persist in the cache folder (`cacheDirFor`): a directory's own
 * `node_modules/.cache/promptgraph` by default, any source's with `cacheDir`.
 */
export async function scan(source: FileSource | string, options: ScanOptions = {}): Promise<ScanResult> {
  return (await scanKeepingTexts(source, options)).result;
}

/** A scan's result and the files whose text it kept (extracted, followed or loaded), not only prefiltered. */
export interface ScanWithTexts {
  result: ScanResult;
  kept: ReadonlySet<string>;
}

/**
 * `scan`, also telling which files' text the result is made of: a revision walk
 * knows from it that an edit of any other file the prefilter rejected before and
 * after cannot change the result (src/api/inert-changes.ts).
 */
export async function scanKeepingTexts(source: FileSource | string, options: ScanOptions = {}): Promise<ScanWithTexts> {
  const files = typeof source === 'string' ? diskFileSource(source) : source;
  const task = options.task ?? 'scanning';
  const report = (phase: string, counts: { done?: number; total?: number } = {}) =>
    options.onProgress?.({ task, phase, ...counts, ...(counts.total !== undefined ? { unit: 'files' } : {}) });
  const config = options.config ?? (await readConfig(files));
  report('listing files');
  const discovered = await discoverFiles(files, config, { includeTests: Boolean(options.includeTests) });
  const paths = discovered.files;
  const cacheDir = cacheDirFor(typeof source === 'string' ? source : undefined, options);
  const persistent = cacheDir ? extractionCache(cacheDir, options.cacheMaxBytes) : undefined;
  const extracted = await extractAll(
    files,
    paths,
    config,
    (done, total) => report('reading files', { done, total }),
    persistent,
  );
  const allFiles = new Set(paths);
  report('resolving references');
  const resolved = resolveReferences(extracted.files, extracted.resolvers, allFiles);
  const packages = describePackages(extracted, resolved, allFiles);
  report('building the graph');
  // An instruction file's scope counts the tests it applies to, though the scan left them out.
  const graph = buildGraph(resolved, extracted.texts, [...paths, ...discovered.testsLeftOut], publishedText(packages));
  const codeowners = await loadCodeowners(files);
  const owned = applyOwnership(graph.nodes, graph.edges, codeowners.codeowners);
  // Writes went on while the graph was built; a scan returns once they are on disk.
  await persistent?.flush();
  const diagnostics: Diagnostic[] = [
    ...discovered.diagnostics,
    ...extracted.diagnostics,
    ...codeowners.diagnostics,
    ...graph.diagnostics,
    ...findMissingSchemaFiles(graph.nodes, allFiles, extracted.texts),
  ];
  const suppressions = [...extracted.texts]
    .flatMap(([path, text]) => findSuppressions(path, text))
    .sort((left, right) => (left.file < right.file ? -1 : left.file > right.file ? 1 : left.line - right.line));
  const surface = packageSurface(packages, extracted, resolved, new Set(graph.nodes.map((node) => node.id)));
  const result: ScanResult = {
    schemaVersion: SCHEMA_VERSION,
    root: files.name,
    nodes: sortNodes(owned.nodes),
    edges: sortEdges(owned.edges),
    diagnostics: sortDiagnostics(diagnostics),
    ...(suppressions.length ? { suppressions } : {}),
    ...(surface.packages.length ? { packages: surface.packages } : {}),
    ...(surface.imports.length ? { imports: surface.imports } : {}),
  };
  return { result, kept: new Set(extracted.texts.keys()) };
}
