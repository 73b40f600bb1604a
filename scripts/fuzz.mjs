// `npm run fuzz -- --seconds N [--seed S] [--out DIR]`: the hostile-input fuzzer of
// issue 17 over the built library (dist/). See test/fuzz/README.md.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fuzz } from '../test/fuzz/fuzz-loop.mjs';
import { replayFindings } from '../test/fuzz/replay-findings.mjs';
import { readRunOptions } from '../test/fuzz/run-options.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const log = (line) => console.log(line);
try {
  const options = readRunOptions(process.argv.slice(2));
  if (options.help) {
    console.log(options.help);
  } else {
    process.exitCode = options.replay
      ? await replayFindings(repoRoot, options, log)
      : await fuzz(repoRoot, options, log);
  }
} catch (error) {
  console.error(`fuzz: ${error.message}`);
  process.exitCode = 2;
}
