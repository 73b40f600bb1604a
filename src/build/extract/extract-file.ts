import { createHash } from 'node:crypto';
import type { Adapter, AdapterContext, Extraction, SourceFile } from '../../model/extraction.js';
import { emptyExtraction } from '../../model/extraction.js';
import { addRegistryReferences } from '../adapters/shared/registry-references.js';

/**
 * Extractions depend only on adapter, path, text and config, so they are cached by
 * content hash for the life of the process: an impact run scans base and head, and
 * `history` scans many revisions, and most files are the same in all of them.
 */
const cache = new Map<string, Extraction>();

/**
 * Reads one file with the adapter chosen for it. Which adapter (and whether any)
 * is the caller's choice: extract-all.ts runs the prefilters, and reads a file its
 * adapter's prefilter rejected when the graph needs it (see follow-imports.ts).
 */
export async function extractFile(
  adapter: Adapter,
  file: SourceFile,
  context: AdapterContext,
  configKey: string,
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
  let extraction: Extraction;
  try {
    // Registry references (Langfuse, PromptLayer, Helicone, Portkey, configured patterns) may appear in any format's text.
    extraction = addRegistryReferences(await adapter.extract(file, context), file, context.config);
  } catch (error) {
    // An adapter bug must not lose the rest of the scan, nor be silent.
    extraction = emptyExtraction();
    extraction.diagnostics.push({
      severity: 'error',
      code: 'adapter-failed',
      file: file.path,
      line: 0,
      message: `${adapter.name} adapter failed: ${(error as Error).message}`,
    });
  }
  cache.set(key, extraction);
  return extraction;
}

export function clearExtractionCache(): void {
  cache.clear();
}
