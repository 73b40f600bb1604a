import type { EvalRun } from '../../model/schema/promptfoo-results.js';
import type { EvalRequirement } from '../../model/schema/impact-result.js';
import { parsePromptLabel } from './prompt-labels.js';

/**
 * What promptfoo's runs say about one required eval. A run belongs to the eval
 * when the config promptgraph wrote names it (`metadata.promptgraph.eval`), or
 * when its `description` is a name the eval is accepted by. Rows of a
 * generated config are judged per prompt: the eval passes when every prompt it
 * reaches has a head row and every head row passed (base rows are the
 * comparison). Rows of a config promptgraph did not write all count as head.
 * Undefined when no run belongs to the eval.
 */
export function judgeEvalRuns(
  requirement: Pick<EvalRequirement, 'id' | 'prompts'>,
  accepted: readonly string[],
  runs: readonly EvalRun[],
): { passed: boolean; results: NonNullable<EvalRequirement['results']> } | undefined {
  const own = runs.filter((run) =>
    run.evalId !== undefined
      ? run.evalId === requirement.id
      : run.description !== undefined && accepted.includes(run.description),
  );
  if (!own.length) return undefined;
  const head = { passed: 0, failed: 0 };
  const base = { passed: 0, failed: 0 };
  const seen = new Set<string>();
  let labelled = false;
  for (const row of own.flatMap((run) => run.rows)) {
    const parsed = parsePromptLabel(row.label);
    labelled ||= parsed !== undefined;
    const side = parsed?.side === 'base' ? base : head;
    if (row.success) side.passed++;
    else side.failed++;
    if (parsed?.side !== 'base' && parsed) seen.add(parsed.promptId);
  }
  const missing = labelled ? (requirement.prompts ?? []).filter((id) => !seen.has(id)) : [];
  return {
    passed: head.failed === 0 && head.passed > 0 && missing.length === 0,
    results: {
      sources: own.map((run) => run.source).sort(),
      head,
      ...(base.passed + base.failed ? { base } : {}),
      missing,
    },
  };
}
