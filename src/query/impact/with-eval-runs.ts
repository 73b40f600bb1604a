import type { EvalRequirement } from '../../model/schema/impact-result.js';
import type { EvalRun } from '../../model/schema/promptfoo-results.js';
import { judgeEvalRuns } from '../evals/judge-eval-runs.js';
import { evalIdentities } from './eval-identity.js';
import type { ImpactGraphs } from './impact-graphs.js';

/**
 * The required evals with what promptfoo's runs (`--eval-results`) say: an eval
 * with a run is passed or failed by it, its counts kept in `results`; one named
 * by `--evals-passed` stays passed (a person vouched for it).
 */
export function withEvalRuns(
  graphs: ImpactGraphs,
  evals: EvalRequirement[],
  runs: readonly EvalRun[],
): EvalRequirement[] {
  if (!runs.length) return evals;
  const identify = evalIdentities(graphs);
  return evals.map((requirement) => {
    const node = graphs.latest(requirement.id);
    const judged = node ? judgeEvalRuns(requirement, identify(node).accepted, runs) : undefined;
    if (!judged) return requirement;
    return { ...requirement, results: judged.results, passed: requirement.passed || judged.passed };
  });
}
