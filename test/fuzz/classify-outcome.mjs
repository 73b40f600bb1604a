import { inputBytes } from './wire-format.mjs';
import { normaliseMessage, stageFamily } from './failure-signature.mjs';

/**
 * The CPU time an input may take, all stages together (three scans, impact,
 * audit, reports): a fixed allowance plus a part proportional to its size.
 * Calibrated on this project's fixtures, where a typical input takes well under a
 * second (README.md of this folder has the numbers); a linear reader stays far
 * below it. CPU time, not wall-clock time, so a loaded machine does not make an
 * input slow.
 */
export const budgetMs = (bytes) => 4_000 + 20 * (bytes / 1024);

/**
 * The CPU time past which the child running an input is killed (a hang): `--timeout`,
 * or the input's budget when that is larger, so a large input that is linear (400 KB
 * has a 12 s budget) is measured rather than cut off at a fixed 10 s.
 */
export const hardLimitMs = (bytes, timeoutMs) => Math.max(timeoutMs, budgetMs(bytes));

/** Turns what the child runner reported for one input into the fuzzer's failures (each `{ category, signature, summary, detail }`). */
export function classifyOutcome(outcome, input) {
  const bytes = inputBytes(input);
  const kinds = extensionsOf(input);
  if (outcome.hang)
    return [
      {
        category: 'hang',
        signature: `hang|${stageFamily(outcome.stage)}|${kinds}`,
        summary: `no answer within the hard limit (${outcome.cpuMs === undefined ? '' : `${Math.round(outcome.cpuMs)} ms CPU, `}${Math.round(outcome.ms)} ms wall, ${bytes} bytes), in stage ${outcome.stage ?? 'unknown'}`,
        detail: '',
      },
    ];
  if (outcome.died) {
    const firstLine = outcome.died.stderr.split('\n').find((line) => /error|fatal|abort/i.test(line)) ?? '';
    return [
      {
        category: 'crash',
        signature: `crash|child process died in ${outcome.stage ?? 'start-up'}|${outcome.died.signal ?? outcome.died.code}|${normaliseMessage(firstLine)}`,
        summary: `the process running the library died (${outcome.died.signal ?? `exit ${outcome.died.code}`}): ${firstLine.slice(0, 200)}`,
        detail: outcome.died.stderr,
      },
    ];
  }
  const { result } = outcome;
  if (result.oracleError)
    return [
      {
        category: 'fuzzer-error',
        signature: `fuzzer-error|${normaliseMessage(result.oracleError)}`,
        summary: result.oracleError.split('\n')[0],
        detail: result.oracleError,
      },
    ];
  const failures = [...result.failures];
  const budget = budgetMs(bytes);
  if (result.libraryMs > budget) {
    const [stage] = Object.entries(result.timings).sort((left, right) => right[1] - left[1])[0];
    failures.push({
      category: 'slow',
      signature: `slow|${stageFamily(stage)}|${kinds}`,
      summary: `took ${Math.round(result.libraryMs)} ms CPU, over the ${Math.round(budget)} ms budget for ${bytes} bytes (slowest stage: ${stage})`,
      detail: JSON.stringify(result.timings),
    });
  }
  return failures;
}

/** The sorted file extensions of the head revision, which name the readers involved. */
export function extensionsOf(input) {
  const extensions = new Set(
    Object.keys(input.head).map((file) => /\.[^./]+$/.exec(file)?.[0] ?? file.split('/').pop()),
  );
  return [...extensions].sort().join(',');
}
