// Scan benchmark: medians, not a timed test. Generates a synthetic repository
// (or takes a real one with --repo), then measures
//   cold: a fresh `promptgraph scan --format json` process per run (what CI pays),
//         with the peak memory (maxRSS) of that process,
//   warm: an in-process re-scan, where the content-hash cache serves every file,
//   read: `git ls-files | xargs cat` over the same files, the floor any scan pays.
// Per-language figures divide the cold median by the files of that language.
//
//   npm run build && npm run bench                          # 300 files each of ts, ts-prompts, py, dotprompt
//   npm run bench -- --files 1000,10000 --languages ts      # the TypeScript monorepo benchmark
//   npm run bench -- --files 1000 --runs 7 --languages ts,py
//   npm run bench -- --repo ../some-checkout
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
const rssHook = pathToFileURL(path.resolve('scripts/bench/report-rss.mjs')).href;
const { scan } = await import(path.resolve('dist/index.js'));

function coldScan(root) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', rssHook, cli, 'scan', root, '--format', 'json'], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = performance.now() - started;
  if (child.status !== 0) throw new Error(`scan failed (${child.status}): ${child.stderr}`);
  const maxRssKb = Number(/promptgraph-bench-maxrss-kb (\d+)/.exec(child.stderr)?.[1] ?? NaN);
  return { ms, maxRssKb, result: JSON.parse(child.stdout) };
}

/** Median time `git ls-files | xargs cat` takes to read the tree (a git repository is made for it when there is none). */
function readTime(root) {
  if (!existsSync(path.join(root, '.git'))) {
    // No automatic gc: a detached one would still be writing when the tree is removed.
    const git = (...args) =>
      execFileSync(
        'git',
        [
          '-c',
          'user.name=bench',
          '-c',
          'user.email=bench@example.com',
          '-c',
          'commit.gpgsign=false',
          '-c',
          'gc.auto=0',
          '-c',
          'maintenance.auto=false',
          ...args,
        ],
        { cwd: root, stdio: 'ignore' },
      );
    git('init', '--quiet');
    git('add', '--all');
    git('commit', '--quiet', '-m', 'bench');
  }
  const read = () => {
    const started = performance.now();
    execFileSync('sh', ['-c', 'git ls-files -z | xargs -0 cat > /dev/null'], { cwd: root });
    return performance.now() - started;
  };
  read();
  return median(Array.from({ length: runs }, read));
}

async function measure(root, label, { withRead = true } = {}) {
  coldScan(root); // let the OS cache the files and Node its compile cache before timing
  const cold = [];
  const rss = [];
  let result;
  for (let run = 0; run < runs; run++) ({ ms: cold[run], maxRssKb: rss[run], result } = coldScan(root));
  await scan(root);
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await scan(root);
    warm.push(performance.now() - started);
  }
  const counts = {};
  for (const node of result.nodes) counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  const read = withRead ? `; git ls-files | xargs cat median ${readTime(root).toFixed(0)} ms` : '';
  console.log(
    `${label}: cold median ${median(cold).toFixed(0)} ms, peak RSS median ${(median(rss) / 1024).toFixed(0)} MB, warm median ${median(warm).toFixed(0)} ms over ${runs} runs${read}; nodes ${JSON.stringify(counts)}, ${result.edges.length} edges, ${result.diagnostics.length} diagnostics`,
  );
  return median(cold);
}

if (values.repo) {
  await measure(path.resolve(values.repo), values.repo);
} else {
  const counts = values.files
    .split(',')
    .map(Number)
    .filter((count) => count > 0);
  const languages = values.languages.split(',').filter(Boolean);
  // Fixed cost of a process that scans nothing, subtracted from per-file figures.
  const emptyRoot = await mkdtemp(path.join(tmpdir(), 'promptgraph-bench-empty-'));
  const baseline = await measure(emptyRoot, 'empty repository (process start-up)', { withRead: false });
  for (const filesPerLanguage of counts) {
    for (const language of languages) {
      const root = await mkdtemp(path.join(tmpdir(), `promptgraph-bench-${language}-`));
      await generateTree(root, { languages: [language], filesPerLanguage });
      const cold = await measure(root, `${filesPerLanguage} ${language} files`);
      console.log(
        `  ${language}: ${((cold - baseline) / filesPerLanguage).toFixed(2)} ms per file (cold, start-up subtracted)`,
      );
      await rm(root, { recursive: true, force: true });
    }
  }
  await rm(emptyRoot, { recursive: true, force: true });
}
