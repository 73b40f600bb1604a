import { existsSync } from 'node:fs';
import path from 'node:path';
import { createChildRunner } from './child-runner.mjs';
import { classifyOutcome, hardLimitMs } from './classify-outcome.mjs';
import { makeInput } from './make-input.mjs';
import { minimiseInput } from './minimise-input.mjs';
import { inputRandom } from './random.mjs';
import { reproducerFor } from './reproduce-failure.mjs';
import { createRunStats, describeOrigin, formatSummary, foundAnything, recordInput } from './run-summary.mjs';
import { findingDirectory, saveFinding } from './saved-findings.mjs';
import { triageTimeFailure } from './triage-time-failure.mjs';
import { loadSeedCorpus } from './seed-corpus.mjs';
import { encodeInput, inputBytes } from './wire-format.mjs';

// A run minimises only the first few causes of each kind: a hang costs seconds per trial.
const MINIMISE_PER_CATEGORY = { hang: 3, slow: 3 };
// Triage costs one fast trial per file and one slow one, plus restarting the child it had to kill
// (importing the library and its parsers takes seconds): worth it for the first causes, not for every hang.
const MAX_TRIAGES = 15;
const MINIMISE_PER_OTHER_CATEGORY = 10;

/**
 * The fuzz run: makes input after input from the seed until `seconds` have
 * passed (or only input `options.input`), runs each in the child, and minimises
 * and saves the first input of each new failure signature. Returns the exit code: 1 when anything was found.
 */
export async function fuzz(repoRoot, options, log) {
  const corpus = loadSeedCorpus(repoRoot);
  const runner = createChildRunner(repoRoot);
  const stats = createRunStats(options.seed, options.seconds);
  const out = path.resolve(repoRoot, options.out);
  const minimised = new Map();
  log(
    `${options.input === undefined ? `fuzzing for ${options.seconds} s` : `input #${options.input} only`}, seed ${options.seed}, hard limit ${options.timeoutMs} ms of CPU (or the input's budget), findings into ${path.relative(repoRoot, out)}/`,
  );
  await runner.start();
  const deadline = stats.started + options.seconds * 1000;
  try {
    const first = options.input ?? 0;
    for (let index = first; options.input === undefined ? performance.now() < deadline : index === first; index++) {
      const input = makeInput(inputRandom(options.seed, index), corpus);
      const outcome = await runner.run(encodeInput(input), hardLimitMs(inputBytes(input), options.timeoutMs));
      const failures = classifyOutcome(outcome, input);
      const reduced = new Map();
      for (const [position, failure] of failures.entries()) {
        if (!isTimeFailure(failure) || stats.triages >= MAX_TRIAGES) continue;
        const started = performance.now();
        stats.triages++;
        const triaged = await triageTimeFailure(runner, failure, input, options.timeoutMs);
        stats.minimiseMs += performance.now() - started;
        failures[position] = triaged.failure;
        reduced.set(triaged.failure, triaged.input);
      }
      recordInput(stats, { index, input, outcome, failures, bytes: inputBytes(input), origin: input.origin });
      if (index % 100 === 99)
        log(
          `  ${index + 1} inputs, ${
            [...stats.inputsWith]
              .filter(([, count]) => count)
              .map(([category, count]) => `${category} ${count}`)
              .join(', ') || 'nothing found'
          }`,
        );
      for (const failure of failures) {
        const entry = stats.signatures.get(failure.signature);
        if (entry.saved !== undefined) continue;
        const directory = findingDirectory(out, failure);
        if (existsSync(directory)) {
          entry.saved = `already saved: ${path.relative(repoRoot, directory)}`;
          continue;
        }
        const done = minimised.get(failure.category) ?? 0;
        if (
          !options.minimiseSeconds ||
          done >= (MINIMISE_PER_CATEGORY[failure.category] ?? MINIMISE_PER_OTHER_CATEGORY) ||
          stats.minimiseMs > options.seconds * 1000
        ) {
          entry.saved = options.minimiseSeconds
            ? "not minimised (over this run's minimisation allowance)"
            : 'not minimised (--no-minimise)';
          continue;
        }
        minimised.set(failure.category, done + 1);
        entry.saved = await minimiseAndSave({
          runner,
          failure,
          input: reduced.get(failure) ?? input,
          original: input,
          index,
          options,
          directory,
          stats,
          repoRoot,
          log,
        });
      }
    }
  } finally {
    runner.stop();
  }
  log(formatSummary(stats));
  return foundAnything(stats) ? 1 : 0;
}

async function minimiseAndSave({ runner, failure, input, original, index, options, directory, stats, repoRoot, log }) {
  const started = performance.now();
  const reproduces = reproducerFor(runner, failure, options.timeoutMs, 1);
  try {
    log(`  minimising #${index}: ${failure.summary.slice(0, 160)}`);
    if (!(await reproduces(input))) return 'not saved: did not fail again when re-run (flaky, or load on the machine)';
    // A successful trial of a time failure lasts its limit and a restart of the child, so those get three times the allowance.
    const allowance = options.minimiseSeconds * 1000 * (isTimeFailure(failure) ? 3 : 1);
    const result = await minimiseInput(input, reproduces, started + allowance);
    saveFinding(directory, result.input, {
      category: failure.category,
      signature: failure.signature,
      summary: failure.summary,
      detail: failure.detail,
      seed: options.seed,
      inputIndex: index,
      origin: describeOrigin(original.origin),
      bytesBefore: inputBytes(original),
      bytesAfter: inputBytes(result.input),
      minimisation: { trials: result.trials, seconds: Math.round((performance.now() - started) / 100) / 10 },
      foundBy: `npm run fuzz -- --seed ${options.seed} (input #${index})`,
    });
    return `${path.relative(repoRoot, directory)} (${inputBytes(original)} → ${inputBytes(result.input)} bytes, ${result.trials} trials)`;
  } finally {
    stats.minimiseMs += performance.now() - started;
  }
}

const isTimeFailure = (failure) => failure.category === 'hang' || failure.category === 'slow';
