import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../../model/schema/config.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { SCHEMA_VERSION } from '../../model/schema/common.js';
import { codeFingerprint } from './code-fingerprint.js';
import { dependencyVersions } from './dependency-versions.js';
import { diskEntries, type EntryRead } from './disk-entries.js';

/** Bumped when the entry's body changes shape. */
const BODY_FORMAT = 1;
/** The results' share of the cache's size limit: a large repository's result is about a megabyte, an extraction a few kilobytes. */
const RESULTS_SHARE = 0.25;

/** Everything a whole scan's result depends on, besides the code that scans. */
export interface ScanResultInputs {
  /** The source's fingerprint (FileSource.fingerprint): its files and their bytes. */
  fingerprint: string;
  /** The source's name, which the result carries as `root`. */
  name: string;
  config: Config;
  includeTests: boolean;
}

export interface ScanResultCache {
  readonly dir: string;
  keyOf(inputs: ScanResultInputs): string;
  /** The result stored under `key`, or undefined when none is, or the entry is damaged (then the next `put` rewrites it). */
  get(key: string): Promise<ScanResult | undefined>;
  /** Stores a result and prunes the results past their share of `maxBytes`. */
  put(key: string, result: ScanResult): Promise<void>;
}

/**
 * Whole scan results, one entry each in `<cache>/results`, with the extraction cache's
 * guarantees (src/build/cache/disk-entries.ts: atomic writes, every read checked against its
 * SHA-256, shared by processes without locks). Keyed by the code's fingerprint, the installed
 * dependencies, the config, the options that change a result and the source's fingerprint.
 */
export function scanResultCache(
  dir: string,
  maxBytes: number,
  fingerprint: () => string = () => `${codeFingerprint()}\0${dependencyVersions()}`,
): ScanResultCache {
  const entries = diskEntries(path.join(dir, 'results'));
  const limit = Math.floor(maxBytes * RESULTS_SHARE);
  return {
    dir: entries.dir,
    keyOf: (inputs) =>
      createHash('sha256')
        .update(`scan result ${BODY_FORMAT}\0${fingerprint()}\0${inputs.name}\0${inputs.includeTests}\0`)
        .update(`${JSON.stringify(inputs.config)}\0${inputs.fingerprint}`)
        .digest('hex'),
    async get(key) {
      return resultOf(await entries.read(key), key);
    },
    async put(key, result) {
      if (!(await entries.write(key, JSON.stringify({ key, result })))) return;
      await entries.prune(limit, Math.floor(limit * 0.75), new Set([key]));
    },
  };
}

/** The result an entry holds, or undefined: the digest caught damage on disk, this an entry of another key or shape. */
function resultOf(read: EntryRead, key: string): ScanResult | undefined {
  if (read.status !== 'hit') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(read.body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.key !== key || !isRecord(parsed.result)) return undefined;
  const result = parsed.result;
  if (result.schemaVersion !== SCHEMA_VERSION || typeof result.root !== 'string') return undefined;
  if (!['nodes', 'edges', 'diagnostics'].every((field) => Array.isArray(result[field]))) return undefined;
  return result as unknown as ScanResult;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
