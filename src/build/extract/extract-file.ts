import { createHash } from 'node:crypto';
import type { Adapter, AdapterContext, Extraction, SourceFile } from '../../model/extraction.js';
import type { ExtractPool } from './extract-pool.js';
import { runAdapter } from './run-adapter.js';
import type { ExtractionCache } from '../cache/extraction-cache.js';

/**
 * Extractions depend only on adapter, path, text and config, so they are cached by
 * content hash for the life of the process: an impact run scans base and head, and
 * `history` scans many revisions, and most files are the same in all of them. The
 * persistent cache (`ExtractionCache`, on disk) keeps them across processes.
 */
const cache = new Map<string, Extraction>();

/**
 * Reads one file with the adapter chosen for it. Which adapter (and whether any)
 * is the caller's choice: extract-all.ts runs the prefilters, and reads a file its
 * adapter's prefilter rejected when the graph needs it (see follow-imports.ts). With a
 * pool, the adapter runs on a worker thread; the cache stays in this one.
 */
export async function extractFile(
  adapter: Adapter,
  file: SourceFile,
  context: AdapterContext,
  configKey: string,
  pool?: ExtractPool,
  persistent?: ExtractionCache,
): Promise<Extraction> {
  const key = createHash('sha1')
    .update(adapter.name)
    .update('\0')
    .update(file.path)
    .update('\0')
    .update(configKey)
    .update('\0')
    .update(file.text)
    .digest('hex');
  const cached = cache.get(key);
  if (cached) return cached;
  const diskKey = persistent?.keyOf(key);
  const stored = diskKey ? await persistent!.get(diskKey) : undefined;
  if (stored) {
    cache.set(key, stored);
    return stored;
  }
  const extraction = pool
    ? await pool.extract({ adapter, file, config: context.config, configKey })
    : await runAdapter(adapter, file, context);
  cache.set(key, extraction);
  // A failure may be the process's (a parser that did not load), so it is not kept past it.
  if (diskKey && !extraction.diagnostics.some((diagnostic) => diagnostic.code === 'adapter-failed'))
    persistent!.put(diskKey, extraction);
  return extraction;
}

export function clearExtractionCache(): void {
  cache.clear();
}
