import type { Config } from '../model/schema/config.js';
import type { AuditResult } from '../model/schema/audit-result.js';
import { cachedScan as scan } from '../build/cache/cached-scan.js';
import { workingTreeSource } from './working-tree-source.js';
import type { FileSource } from '../model/file-source.js';
import { readConfig } from '../build/config/read-config.js';
import { auditScan } from '../query/audit/run-audit.js';
import { noteTestsLeftOut } from '../query/audit/tests-left-out.js';
import { PromptGraph } from '../query/graph/prompt-graph.js';
import { TESTS_LEFT_OUT } from '../model/file-source.js';
import type { ProgressCallback } from '../model/progress.js';
import { applyBaseline } from '../query/audit/apply-baseline.js';
import type { AuditBaseline } from '../model/schema/audit-result.js';
import type { CacheOptions } from '../model/cache-options.js';
import { cacheOptionsFor } from '../build/cache/cache-location.js';

export interface AuditOptions extends CacheOptions {
  /** Use this config (its `audit.rules` included) instead of the repository's promptgraph.config.yaml. */
  config?: Config;
  /** Told what the scan is doing, for progress. */
  onProgress?: ProgressCallback;
  /** Audit tests and fixtures too; by default they are left out, and findings that exist only because they are say so. */
  includeTests?: boolean;
  /** Findings accepted earlier (`--write-baseline`): each finding is marked `known` or `new`, and fixed entries listed. */
  baseline?: AuditBaseline;
}

/**
 * Scans the repository at `source` (a directory or any FileSource) and audits
 * the result: unowned prompts, undeclared cross-team fragments, prompts in env
 * files, moving registry pointers, cycles, dangling references and more. Returns
 * the audit document; never prints.
 */
export async function audit(source: FileSource | string, options: AuditOptions = {}): Promise<AuditResult> {
  const files = typeof source === 'string' ? workingTreeSource(source) : source;
  const cache = cacheOptionsFor(typeof source === 'string' ? source : undefined, options);
  const config = options.config ?? (await readConfig(files));
  const scanned = await scan(files, {
    config,
    ...cache,
    ...progressOf(options),
    ...(options.includeTests ? { includeTests: true } : {}),
  });
  const found = auditScan(scanned, config.audit);
  const leftOut = scanned.diagnostics.some((diagnostic) => diagnostic.code === TESTS_LEFT_OUT);
  if (!leftOut || !found.findings.length) return withBaseline(found, options);
  // What the tests would change: scanned again with them (the extraction cache skips every file already read;
  // both scans reuse an identical earlier run's results, src/build/cache/cached-scan.ts).
  const withTests = await scan(files, {
    config,
    ...cache,
    includeTests: true,
    ...progressOf(options, 'scanning tests too, to compare'),
  });
  return withBaseline(noteTestsLeftOut(found, auditScan(withTests, config.audit), new PromptGraph(withTests)), options);
}

const progressOf = (options: AuditOptions, task?: string) =>
  options.onProgress ? { onProgress: options.onProgress, ...(task ? { task } : {}) } : {};

const withBaseline = (result: AuditResult, options: AuditOptions): AuditResult =>
  options.baseline ? applyBaseline(result, options.baseline) : result;
