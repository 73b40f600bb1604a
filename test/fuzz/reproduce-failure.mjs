import { budgetMs, classifyOutcome } from './classify-outcome.mjs';
import { encodeInput, inputBytes } from './wire-format.mjs';

/**
 * The predicate minimisation keeps true: does this candidate still fail the same
 * way? Same signature for most failures; for time, any run in the same stage
 * longer than half the candidate's budget (still many times what a linear reader
 * takes), killed there so shrinking a hang does not cost a hard timeout per trial.
 */
export function reproducerFor(runner, failure, timeoutMs) {
  const timeFailure = failure.category === 'hang' || failure.category === 'slow';
  const stage = failure.signature.split('|')[1];
  return async (candidate) => {
    const limit = timeFailure ? Math.min(timeoutMs, budgetMs(inputBytes(candidate)) / 2) : timeoutMs;
    const outcome = await runner.run(encodeInput(candidate), limit);
    const failures = classifyOutcome(outcome, candidate);
    if (timeFailure) return failures.some((other) => (other.category === 'hang' || other.category === 'slow') && other.signature.split('|')[1] === stage);
    return failures.some((other) => other.signature === failure.signature);
  };
}
