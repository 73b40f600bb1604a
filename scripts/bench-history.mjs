// History benchmark: medians, not a timed test. Builds a throw-away git repository
// with --commits commits (default 200) by four authors over a monorepo of prompts,
// where the measured prompt includes a chain of three shared fragments, then measures
//   cold: a fresh `promptgraph history <prompt> --format json` process per run, and
//   warm: in-process `history()` calls, where the extraction cache serves every file,
// next to one cold `promptgraph scan` of the head (what scanning every commit would cost each time).
//
//   npm run build && npm run bench:history
//   npm run bench:history -- --commits 500 --prompts 120 --runs 7
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';

const { values } = parseArgs({
  options: {
    commits: { type: 'string', default: '200' },
    prompts: { type: 'string', default: '60' },
    runs: { type: 'string', default: '5' },
  },
});
if (!existsSync('dist/cli/main.js')) {
  console.error('bench:history: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const [commits, prompts, runs] = [Number(values.commits), Number(values.prompts), Number(values.runs)];
const median = (samples) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)];
const cli = path.resolve('bin/promptgraph.js');
const TARGET = 'packages/support/prompts/reply.prompt';

const root = mkdtempSync(path.join(tmpdir(), 'promptgraph-bench-history-'));
const git = (...args) => execFileSync('git', args, { cwd: root, env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } });
const write = (file, text) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
};

/** Deterministic pseudo-random choices, so every run builds the same history. */
let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

function build() {
  git('init', '-q', '--initial-branch=main');
  git('config', 'user.name', 'Bench');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'commit.gpgsign', 'false');
  write('.github/CODEOWNERS', 'shared/ @acme/platform\npackages/support/ @acme/support\npackages/sales/ @acme/sales\n');
  write('shared/prompts/_safety.prompt', 'Never share customer data.\n');
  write('shared/prompts/_persona.prompt', '{{> safety}}\nYou are Ada.\n');
  write('shared/prompts/_policy.prompt', '{{> persona}}\nFollow the refund policy.\n');
  write(TARGET, '{{> shared/prompts/policy}}\nAnswer {{ticket}}.\n');
  for (let index = 0; index < prompts; index++)
    write(
      `packages/sales/prompts/p${index}.prompt`,
      `${index % 3 ? '{{> shared/prompts/persona}}\n' : ''}Pitch product ${index}: {{product}}.\n`,
    );
  for (let index = 0; index < 40; index++)
    write(`src/module${index}.py`, `def handler_${index}(event):\n    return event\n`);
  write('README.md', '# Bench\n');
  const authors = ['Ana <ana@example.com>', 'Bo <bo@example.com>', 'Cy <cy@example.com>', 'Dee <dee@example.com>'];
  for (let index = 1; index <= commits; index++) {
    const roll = random();
    // 10% the fragment three includes away, 5% the prompt itself, 20% other prompts, 3% deletions, the rest code.
    const change =
      roll < 0.1
        ? {
            subject: `Safety wording ${index}`,
            file: 'shared/prompts/_safety.prompt',
            text: `Never share customer data (rev ${index}).\n`,
          }
        : roll < 0.15
          ? {
              subject: `Reply wording ${index}`,
              file: TARGET,
              text: `{{> shared/prompts/policy}}\nAnswer {{ticket}} (rev ${index}).\n`,
            }
          : roll < 0.35
            ? {
                subject: `Sales prompt ${index}`,
                file: `packages/sales/prompts/p${index % prompts}.prompt`,
                text: `Pitch product ${index}: {{product}}, rev ${index}.\n`,
              }
            : roll < 0.38
              ? { subject: `Drop module ${index}`, file: `src/module${index % 40}.py` }
              : {
                  subject: `Code change ${index}`,
                  file: `src/module${index % 40}.py`,
                  text: `def handler_${index % 40}(event):\n    return {"rev": ${index}, "event": event}\n`,
                };
    if (change.text === undefined) rmSync(path.join(root, change.file), { force: true });
    else write(change.file, change.text);
    const subject = change.subject;
    git('add', '--all');
    const date = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString();
    execFileSync(
      'git',
      ['commit', '-q', '--allow-empty', `--author=${authors[index % authors.length]}`, '-m', subject],
      { cwd: root, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } },
    );
  }
}

// Each timed process reports its peak resident set size on exit (stderr), as bench.mjs's scans do
// (report-usage.mjs: `promptgraph-bench-usage <max RSS in KiB> <user µs> <system µs>`).
const rssHook = pathToFileURL(path.resolve('scripts/bench/report-usage.mjs')).href;

function timed(args) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', rssHook, cli, ...args], {
    cwd: root,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`promptgraph ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const maxRssKb = Number(/promptgraph-bench-usage (\d+)/.exec(child.stderr)?.[1] ?? Number.NaN);
  return { ms: performance.now() - started, output: child.stdout, maxRssKb };
}

try {
  build();
  const { history } = await import(path.resolve('dist/index.js'));
  timed(['scan', '--format', 'json']); // warm the OS file cache and Node's compile cache
  const scanCold = median(Array.from({ length: runs }, () => timed(['scan', '--format', 'json']).ms));
  const cold = [];
  const rss = [];
  let result;
  for (let run = 0; run < runs; run++) {
    const sample = timed(['history', TARGET, '--format', 'json', '--quiet']);
    cold.push(sample.ms);
    rss.push(sample.maxRssKb);
    result = JSON.parse(sample.output);
  }
  await history(root, TARGET);
  const warm = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await history(root, TARGET);
    warm.push(performance.now() - started);
  }
  console.log(
    `repository: ${commits} commits, ${prompts + 4} prompt files, 40 Python files; prompt ${TARGET} (3 includes deep)`,
  );
  console.log(
    `history: ${result.commits.length} commits changed it; walked ${result.walk.commits}, scanned ${result.walk.scanned} parents (+ the head)`,
  );
  console.log(
    `history cold median ${median(cold).toFixed(0)} ms, peak RSS median ${(median(rss) / 1024).toFixed(0)} MB (max ${(Math.max(...rss) / 1024).toFixed(0)} MB), warm (in-process) median ${median(warm).toFixed(0)} ms over ${runs} runs`,
  );
  console.log(
    `one cold scan of the head: median ${scanCold.toFixed(0)} ms (scanning all ${commits} commits from scratch would cost about ${((scanCold * commits) / 1000).toFixed(0)} s)`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
