import { z } from 'zod';

/**
 * The part of promptfoo's results file (`promptfoo eval --output results.json`,
 * its `OutputFile`: `{ evalId, results: { version, results: EvaluateResult[],
 * prompts, stats }, config, … }`) that promptgraph reads. Everything else is
 * let through untouched; versions 2 and 3 of `results` share these fields.
 */
export const PromptfooResultsSchema = z
  .object({
    evalId: z.string().nullable().optional(),
    results: z
      .object({
        version: z.number().optional(),
        results: z.array(
          z
            .object({
              prompt: z.object({ label: z.string().optional(), raw: z.string().optional() }).loose(),
              success: z.boolean(),
              error: z.string().nullable().optional(),
              testIdx: z.number().optional(),
            })
            .loose(),
        ),
      })
      .loose(),
    config: z
      .object({
        description: z.string().optional(),
        metadata: z.record(z.string(), z.unknown()).optional(),
      })
      .loose()
      .optional(),
  })
  .loose();
export type PromptfooResults = z.infer<typeof PromptfooResultsSchema>;

/** One promptfoo run as the gate reads it: which eval, and how each prompt fared. */
export interface EvalRun {
  /** The results file, as given. */
  source: string;
  /** The eval node id, when promptgraph wrote the config (`metadata.promptgraph.eval`). */
  evalId?: string;
  /** The config's `description`, to match an eval by name. */
  description?: string;
  rows: { label: string; success: boolean; error?: string }[];
}
