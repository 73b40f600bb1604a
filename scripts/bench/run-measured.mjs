// Runs one measured command: a Node process with the usage hook preloaded, or a shell
// command under /usr/bin/time when it exists (the read floor). Each returns wall and CPU
// milliseconds and peak RSS in KiB.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const usageHook = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), 'report-usage.mjs')).href;

/** `node <args>` in `cwd`; fails loudly on a non-zero exit, as a failed run would otherwise be timed as a fast one. */
export function runNode(args, { cwd, env = process.env, allowExit = [0] } = {}) {
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', usageHook, ...args], {
    cwd,
    env,
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (!allowExit.includes(child.status))
    throw new Error(`node ${args.join(' ')} failed (${child.status}): ${child.stderr.slice(-2000)}`);
  const match = /promptgraph-bench-usage (\d+) (\d+) (\d+)/.exec(child.stderr);
  if (!match) throw new Error(`node ${args.join(' ')} reported no usage: ${child.stderr.slice(-500)}`);
  const [maxRssKb, userUs, systemUs] = match.slice(1).map(Number);
  return { wallMs, cpuMs: (userUs + systemUs) / 1000, maxRssKb, stdout: child.stdout };
}

const TIME = '/usr/bin/time';

/** `sh -c command` in `cwd`; CPU and RSS come from /usr/bin/time (NaN without it: then only the wall time is known). */
export function runShell(command, { cwd }) {
  const report = path.join(tmpdir(), `promptgraph-bench-time-${process.pid}`);
  const timed = existsSync(TIME);
  const started = performance.now();
  const child = timed
    ? spawnSync(TIME, ['-f', '%U %S %M', '-o', report, 'sh', '-c', command], { cwd, stdio: 'ignore' })
    : spawnSync('sh', ['-c', command], { cwd, stdio: 'ignore' });
  const wallMs = performance.now() - started;
  if (child.status !== 0) throw new Error(`${command} failed (${child.status})`);
  if (!timed) return { wallMs, cpuMs: Number.NaN, maxRssKb: Number.NaN };
  const [user, system, maxRssKb] = readFileSync(report, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  rmSync(report, { force: true });
  return { wallMs, cpuMs: (user + system) * 1000, maxRssKb };
}

export const median = (samples) => {
  const sorted = samples.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};
