import type { Adapter, AdapterContext, Extraction, SourceFile } from '../../model/extraction.js';
import { emptyExtraction } from '../../model/extraction.js';
import { ADAPTERS } from '../adapters/index.js';
import { loadedTextAdapter } from '../adapters/loaded-text.js';
import { addRegistryReferences } from '../adapters/shared/registry-references.js';

/** Every adapter by name: a worker thread is told which one to run by its name. */
export const ADAPTERS_BY_NAME: ReadonlyMap<string, Adapter> = new Map(
  [...ADAPTERS, loadedTextAdapter].map((adapter) => [adapter.name, adapter]),
);

/** One file read by one adapter, in this thread or a worker: the same code, so the same extraction. */
export async function runAdapter(adapter: Adapter, file: SourceFile, context: AdapterContext): Promise<Extraction> {
  try {
    // Registry references (Langfuse, PromptLayer, Helicone, Portkey, configured patterns) may appear in any format's text.
    return addRegistryReferences(await adapter.extract(file, context), file, context.config);
  } catch (error) {
    // An adapter bug must not lose the rest of the scan, nor be silent.
    const extraction = emptyExtraction();
    extraction.diagnostics.push({
      severity: 'error',
      code: 'adapter-failed',
      file: file.path,
      line: 0,
      message: `${adapter.name} adapter failed: ${(error as Error).message}`,
    });
    return extraction;
  }
}
