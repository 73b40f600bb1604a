import type { Config } from '../model/schema/config.js';
import type { AuditResult } from '../model/schema/audit-result.js';
import { scan } from '../build/scan.js';
import { diskFileSource } from '../build/files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import { CONFIG_FILE, parseConfig } from '../build/config/load-config.js';
import { auditScan } from '../query/audit/run-audit.js';
import type { ProgressCallback } from '../model/progress.js';

export interface AuditOptions {
  /** Use this config (its `audit.rules` included) instead of the repository's promptgraph.config.yaml. */
  config?: Config;
  /** Told what the scan is doing, for progress. */
  onProgress?: ProgressCallback;
}

/**
 * Scans the repository at `source` (a directory or any FileSource) and audits
 * the result: unowned prompts, undeclared cross-team fragments, prompts in env
 * files, moving registry pointers, cycles, dangling references and more. Returns
 * the audit document; never prints.
 */
export async function audit(source: FileSource | string, options: AuditOptions = {}): Promise<AuditResult> {
  const files = typeof source === 'string' ? diskFileSource(source) : source;
  const config =
    options.config ??
    parseConfig(
      await files.readFile(CONFIG_FILE).then(
        (bytes) => bytes.toString('utf8'),
        () => undefined,
      ),
    );
  return auditScan(
    await scan(files, { config, ...(options.onProgress ? { onProgress: options.onProgress } : {}) }),
    config.audit,
  );
}
