import { createHash } from 'node:crypto';
import type { Extraction } from '../../model/extraction.js';
import { codeFingerprint } from './code-fingerprint.js';
import { diskEntries, type DiskEntries } from './disk-entries.js';

/** The default size limit; past it the entries written longest ago go, down to three quarters of it. */
export const DEFAULT_CACHE_MAX_BYTES = 256 * 1024 * 1024;
/** Bumped when the entry's body changes shape. */
const BODY_FORMAT = 1;

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that failed their digest, JSON or shape check: recomputed and written again. */
  damaged: number;
  writes: number;
}

/** Extractions kept on disk across processes: a warm CI run, and every revision of a history walk, read them instead of parsing. */
export interface ExtractionCache {
  readonly dir: string;
  /** The disk key of an extraction whose in-process key (adapter, path, config and text hashed) is `contentKey`. */
  keyOf(contentKey: string): string;
  get(key: string): Promise<Extraction | undefined>;
  /** Queues a write; `flush` waits for it. */
  put(key: string, extraction: Extraction): void;
  /** Waits for queued writes, then prunes when the folder may have outgrown its limit. */
  flush(): Promise<void>;
  readonly stats: Readonly<CacheStats>;
}

const open = new Map<string, ExtractionCache>();

/**
 * The cache at `dir`, one object per folder and size limit in a process, so the
 * scans of a history walk share its counters and prune it once per growth, not
 * once per revision. `fingerprint` names the extracting code (tests give another).
 */
export function extractionCache(
  dir: string,
  maxBytes = DEFAULT_CACHE_MAX_BYTES,
  fingerprint: () => string = codeFingerprint,
): ExtractionCache {
  const id = `${maxBytes}\0${dir}\0${fingerprint === codeFingerprint ? '' : fingerprint()}`;
  let cache = open.get(id);
  if (!cache) {
    cache = createExtractionCache(diskEntries(dir), maxBytes, fingerprint);
    open.set(id, cache);
  }
  return cache;
}

function createExtractionCache(entries: DiskEntries, maxBytes: number, fingerprint: () => string): ExtractionCache {
  const stats: CacheStats = { hits: 0, misses: 0, damaged: 0, writes: 0 };
  const pending = new Set<Promise<void>>();
  // Keys this process read or wrote: pruning never removes what the running scans use.
  const used = new Set<string>();
  // Bytes on disk as last counted plus what this process wrote since; undefined until the first write counts them.
  let estimate: number | undefined;
  let written = 0;
  return {
    dir: entries.dir,
    keyOf: (contentKey) => createHash('sha256').update(`${BODY_FORMAT}\0${fingerprint()}\0${contentKey}`).digest('hex'),
    async get(key) {
      used.add(key);
      const read = await entries.read(key);
      if (read.status === 'hit') {
        const extraction = parseBody(read.body, key);
        if (extraction) {
          stats.hits++;
          return extraction;
        }
      }
      if (read.status === 'miss') stats.misses++;
      else stats.damaged++;
      return undefined;
    },
    put(key, extraction) {
      used.add(key);
      const write = entries.write(key, JSON.stringify({ key, extraction })).then((bytes) => {
        if (bytes) stats.writes++;
        written += bytes;
      });
      pending.add(write);
      void write.finally(() => pending.delete(write));
    },
    async flush() {
      while (pending.size) await Promise.all([...pending]);
      if (!written) return;
      estimate = (estimate ?? (await entries.size())) + written;
      written = 0;
      if (estimate > maxBytes) estimate = await entries.prune(maxBytes, Math.floor(maxBytes * 0.75), used);
    },
    stats,
  };
}

/**
 * The extraction an entry holds, or undefined when it is not one: the digest
 * caught damage on disk, this catches an entry of another key or shape (copied
 * over, written by a different build that kept the format number).
 */
function parseBody(body: string, key: string): Extraction | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!isRecord(parsed) || parsed.key !== key || !isRecord(parsed.extraction)) return undefined;
  const extraction = parsed.extraction;
  const arrays = ['units', 'references', 'diagnostics'] as const;
  const optionalArrays = ['exports', 'classes', 'calls', 'wrappers'] as const;
  if (!arrays.every((field) => Array.isArray(extraction[field]))) return undefined;
  if (!optionalArrays.every((field) => extraction[field] === undefined || Array.isArray(extraction[field])))
    return undefined;
  return extraction as unknown as Extraction;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
