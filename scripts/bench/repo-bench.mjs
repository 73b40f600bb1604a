// The benchmark of one checkout: the read floor, dependency-cruiser's module graph in its
// fast mode, a cold and a warm scan, and a one-file impact, interleaved round by round so
// the ratios hold on a loaded machine. Medians of CPU time are the figures to compare.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, runNode, runShell } from './run-measured.mjs';
import { worktreeWithOneEdit } from './one-file-edit.mjs';

const cli = path.resolve('bin/promptgraph.js');
// A dev dependency; its package exports hide bin/ (the bench runs from the repository root, as npm run does).
const depcruise = path.resolve('node_modules/dependency-cruiser/bin/dependency-cruise.mjs');
const temporary = (prefix) => mkdtempSync(path.join(tmpdir(), `promptgraph-bench-${prefix}-`));

/** Whether this build has the persistent cache: warm runs are then fresh processes reusing it. */
const hasCacheDir = () => runNode([cli, 'scan', '--help']).stdout.includes('--cache-dir');

const CODE = /\.(?:[cm]?[jt]sx?)$/;

/** Tracked files, and how many of them dependency-cruiser could read (JavaScript and TypeScript). */
function trackedFiles(root) {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
    .split('\0')
    .filter(Boolean);
  return { files: files.length, code: files.filter((file) => CODE.test(file)).length };
}

/** dependency-cruiser's fast mode over the whole checkout, as the issue compares it; the module count shows it read the TypeScript. */
function cruise(root) {
  const out = path.join(temporary('depcruise'), 'graph.json');
  const run = runNode([depcruise, '--no-config', '--ts-pre-compilation-deps', '-T', 'json', '--output-to', out, '.'], {
    cwd: root,
  });
  const modules = JSON.parse(readFileSync(out, 'utf8')).modules.length;
  rmSync(path.dirname(out), { recursive: true, force: true });
  return { ...run, modules };
}

/** In-process re-scan when there is no persistent cache: the content-hash cache of one process serves every file. */
async function inProcessWarm(root) {
  const { scan } = await import(path.resolve('dist/index.js'));
  await scan(root);
  const started = performance.now();
  const cpu = process.cpuUsage();
  await scan(root);
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000, maxRssKb: Number.NaN };
}

export async function benchRepository(root, { runs }) {
  const cache = hasCacheDir();
  const warmDir = temporary('cache');
  const withCache = (dir) => (cache ? ['--cache-dir', dir] : []);
  const scanArgs = (dir) => [cli, 'scan', '.', '--format', 'json', '--quiet', ...withCache(dir)];
  const coldScan = () => {
    const dir = temporary('cold');
    const run = runNode(scanArgs(dir), { cwd: root });
    rmSync(dir, { recursive: true, force: true });
    return run;
  };
  const first = coldScan(); // warms the OS file cache; its result picks the prompt to edit
  const result = JSON.parse(first.stdout);
  const worktree = worktreeWithOneEdit(root, result);
  const impactArgs = (dir) => [
    cli,
    'impact',
    '.',
    '--base',
    'HEAD',
    '--format',
    'json',
    '--quiet',
    '--no-github',
    ...withCache(dir),
  ];
  const measures = {
    // A tracked symlink to a folder (cline has several) or a file a sparse checkout left out is no file to read: cat's complaint is not a failure of the floor.
    read: () => runShell('git ls-files -z | xargs -0 cat -- > /dev/null 2>&1 || true', { cwd: root }),
    depcruise: () => cruise(root),
    'scan cold': coldScan,
    ...(cache ? { 'scan warm': () => runNode(scanArgs(warmDir), { cwd: root }) } : {}),
    ...(worktree
      ? {
          'impact cold': () => {
            const dir = temporary('cold');
            const run = runNode(impactArgs(dir), { cwd: worktree.dir });
            rmSync(dir, { recursive: true, force: true });
            return run;
          },
          ...(cache ? { 'impact warm': () => runNode(impactArgs(warmDir), { cwd: worktree.dir }) } : {}),
        }
      : {}),
  };
  if (cache) {
    runNode(scanArgs(warmDir), { cwd: root });
    if (worktree) runNode(impactArgs(warmDir), { cwd: worktree.dir });
  }
  const samples = Object.fromEntries(Object.keys(measures).map((label) => [label, []]));
  try {
    for (let round = 0; round < runs; round++)
      for (const [label, measure] of Object.entries(measures)) samples[label].push(measure());
    if (!cache) samples['scan warm'] = [await inProcessWarm(root)];
  } finally {
    worktree?.remove();
    rmSync(warmDir, { recursive: true, force: true });
  }
  const figures = Object.fromEntries(
    Object.entries(samples).map(([label, runs]) => [
      label,
      {
        cpuMs: median(runs.map((run) => run.cpuMs)),
        wallMs: median(runs.map((run) => run.wallMs)),
        maxRssKb: Math.max(...runs.map((run) => run.maxRssKb)),
        runs: runs.length,
      },
    ]),
  );
  return {
    root,
    ...trackedFiles(root),
    cache,
    edit: worktree?.edit,
    modules: samples.depcruise[0]?.modules,
    nodes: result.nodes.length,
    figures,
  };
}
