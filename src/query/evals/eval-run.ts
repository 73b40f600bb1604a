import { PromptfooResultsSchema, type EvalRun } from '../../model/schema/promptfoo-results.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';

/**
 * A promptfoo results file (already parsed JSON) as an eval run. A config
 * promptgraph wrote names its eval in `metadata.promptgraph.eval`; any other
 * is matched by its `description`. A file that is not a promptfoo results
 * document is an input error naming it.
 */
export function evalRunOf(source: string, json: unknown): EvalRun {
  const parsed = PromptfooResultsSchema.safeParse(json);
  if (!parsed.success)
    throw new PromptgraphError(
      `${source} is not a promptfoo results file (${parsed.error.issues[0]?.path.join('.') || 'root'}: ${parsed.error.issues[0]?.message}); write one with promptfoo eval --output results.json`,
      { code: 'input', exitCode: 2, file: source },
    );
  const marker = parsed.data.config?.metadata?.promptgraph as { eval?: unknown } | undefined;
  return {
    source,
    ...(typeof marker?.eval === 'string' ? { evalId: marker.eval } : {}),
    ...(parsed.data.config?.description ? { description: parsed.data.config.description } : {}),
    rows: parsed.data.results.results.map((row) => ({
      label: row.prompt.label ?? row.prompt.raw ?? '',
      success: row.success,
      ...(row.error ? { error: row.error } : {}),
    })),
  };
}
