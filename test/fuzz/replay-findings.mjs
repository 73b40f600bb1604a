import path from 'node:path';
import { createChildRunner } from './child-runner.mjs';
import { reproducerFor } from './reproduce-failure.mjs';
import { loadFindings } from './saved-findings.mjs';

/** Re-runs every saved finding under `out`; exit code 1 while any still fails as it did when found. */
export async function replayFindings(repoRoot, options, log) {
  const findings = loadFindings(path.resolve(repoRoot, options.replay));
  const runner = createChildRunner(repoRoot);
  await runner.start();
  let failing = 0;
  try {
    for (const { directory, meta, input } of findings) {
      const still = await reproducerFor(runner, meta, options.timeoutMs, 0.5, { anyFrame: true })(input);
      if (still) failing++;
      log(`${still ? 'FAILS ' : 'passes'} ${path.relative(repoRoot, directory)}: ${meta.summary.slice(0, 160)}`);
    }
  } finally {
    runner.stop();
  }
  log(`${findings.length} saved findings, ${failing} still failing`);
  return failing ? 1 : 0;
}
