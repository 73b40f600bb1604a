// Scan benchmark: medians, not a timed test. Generates a synthetic repository
// (or takes a real one with --repo), then measures
//   cold: a fresh `promptgraph scan --format json` process per run (what CI pays), and
//   warm: an in-process re-scan, where the content-hash cache serves every file.
// Per-language figures divide the cold median by the files of that language.
//
//   npm run build && npm run bench                        # 300 files each of ts, py, dotprompt
//   npm run bench -- --files 1000 --runs 7 --languages ts,py
//   npm run bench -- --repo ../some-checkout
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { generateTree, LANGUAGES } from './bench/generate-tree.mjs';

const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
    languages: { type: 'string', default: LANGUAGES.join(',') },
    repo: { type: 'string' },
  },
});
if (!existsSync('dist/cli/main.js')) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const runs = Number(values.runs);
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const cli = path.resolve('bin/promptgraph.js');
const { scan } = await import(path.resolve('dist/index.js'));

function coldScan(root) {
  const started = performance.now();
  const json = execFileSync(process.execPath, [cli, 'scan', root, '--format', 'json'], { maxBuffer: 1 << 30 });
  return { ms: performance.now() - started, result: JSON.parse(json) };
}

async function measure(root, label) {
  coldScan(root); // let the OS cache the files and Node its compile cache before timing
  const cold = [];
  let result;
  for (let run = 0; run < runs; run++) ({ ms: cold[run], result } = coldScan(root));
  await scan(root);
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await scan(root);
    warm.push(performance.now() - started);
  }
  const counts = {};
  for (const node of result.nodes) counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  console.log(`${label}: cold median ${median(cold).toFixed(0)} ms, warm median ${median(warm).toFixed(0)} ms over ${runs} runs; nodes ${JSON.stringify(counts)}, ${result.edges.length} edges, ${result.diagnostics.length} diagnostics`);
  return median(cold);
}

if (values.repo) {
  await measure(path.resolve(values.repo), values.repo);
} else {
  const filesPerLanguage = Number(values.files);
  const languages = values.languages.split(',').filter(Boolean);
  // Fixed cost of a process that scans nothing, subtracted from per-file figures.
  const emptyRoot = await mkdtemp(path.join(tmpdir(), 'promptgraph-bench-empty-'));
  const baseline = await measure(emptyRoot, 'empty repository (process start-up)');
  for (const language of languages) {
    const root = await mkdtemp(path.join(tmpdir(), `promptgraph-bench-${language}-`));
    await generateTree(root, { languages: [language], filesPerLanguage });
    const cold = await measure(root, `${filesPerLanguage} ${language} files`);
    console.log(`  ${language}: ${((cold - baseline) / filesPerLanguage).toFixed(2)} ms per file (cold, start-up subtracted)`);
    await rm(root, { recursive: true, force: true });
  }
  await rm(emptyRoot, { recursive: true, force: true });
}
