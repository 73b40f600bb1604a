import { budgetMs, classifyOutcome, hardLimitMs } from './classify-outcome.mjs';
import { encodeInput, inputBytes } from './wire-format.mjs';

/**
 * The predicate minimisation keeps true: does this candidate still fail the same
 * way? Same signature for most failures; for time, any run in the same stage
 * longer than `share` of the candidate's budget, killed there so shrinking a hang
 * does not cost a hard timeout per trial. Minimising asks for the whole budget and
 * replaying for half of it: ddmin stops where the input is just over its
 * threshold, and the margin keeps a saved hang failing on a machine that is less
 * loaded than when it was minimised. Half the budget (2 s for a small input) is
 * still several times what an ordinary input takes. `anyFrame` (replaying) lets a
 * crash match whatever `src/` frame throws it now.
 */
export function reproducerFor(runner, failure, timeoutMs, share = 0.5, { anyFrame = false } = {}) {
  const timeFailure = failure.category === 'hang' || failure.category === 'slow';
  const stage = failure.signature.split('|')[1];
  return async (candidate) => {
    const bytes = inputBytes(candidate);
    const limit = timeFailure ? Math.min(timeoutMs, budgetMs(bytes) * share) : hardLimitMs(bytes, timeoutMs);
    const outcome = await runner.run(encodeInput(candidate), limit);
    const failures = classifyOutcome(outcome, candidate);
    if (timeFailure)
      return failures.some(
        (other) => (other.category === 'hang' || other.category === 'slow') && other.signature.split('|')[1] === stage,
      );
    return failures.some(
      (other) =>
        other.signature === failure.signature ||
        (anyFrame && failure.category === 'crash' && withoutFrame(other.signature) === withoutFrame(failure.signature)),
    );
  };
}

/** A crash's signature ends with the innermost `src/` frame; replaying across a refactor that moves files should still recognise the crash by its stage, error and message. */
const withoutFrame = (signature) => signature.split('|').slice(0, 3).join('|');
