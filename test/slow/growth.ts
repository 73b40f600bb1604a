import { expect } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import type { Shape } from './shapes.js';

const FLOOR_MS = 25;

/** Large inputs are the point here: the default 1 MiB limit would skip them. */
export const UNLIMITED = parseConfig('maxFileBytes: 1000000000\n');

/** CPU time (all threads of this process), not wall time: other processes on the machine do not count. */
export async function cpuMs<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = process.cpuUsage();
  const value = await run();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, value };
}

/** Each repeat differs by a trailing blank line or comment, so the content-hash cache cannot serve it. */
function varied(files: Record<string, string>, repeat: number): Record<string, string> {
  return Object.fromEntries(
    Object.entries(files).map(([path, text]) => {
      const comment = /\.py$/.test(path) ? '#' : /\.[cm]?[jt]sx?$/.test(path) ? '//' : undefined;
      return [path, comment ? `${text}${comment} repeat ${repeat}\n` : `${text}${'\n'.repeat(repeat + 1)}`];
    }),
  );
}

/** The fastest of `repeats` cold scans of `shape(n)`, and the scan itself. */
export async function timedScan(shape: Shape, n: number, repeats = 2): Promise<{ ms: number; result: ScanResult }> {
  const files = shape(n);
  let best: { ms: number; result: ScanResult } | undefined;
  for (let repeat = 0; repeat < repeats; repeat++) {
    const tree = memoryFileSource(`growth-${n}-${repeat}`, varied(files, repeat));
    const { ms, value } = await cpuMs(() => scan(tree, { config: UNLIMITED }));
    if (!best || ms < best.ms) best = { ms, result: value };
  }
  return best!;
}

/**
 * The budget: the input grows `factor` times, so a linear path's time grows about
 * `factor` times (less, with fixed costs); the bound is twice that, which a
 * quadratic path (`factor`² times) fails and noise on a loaded machine does not.
 * Printed so a slow run shows the figures behind each verdict.
 */
export function expectLinearGrowth(label: string, small: { n: number; ms: number }, large: { n: number; ms: number }) {
  const factor = large.n / small.n;
  // Below FLOOR_MS a measurement is mostly noise: a large input then fails only when it takes over 2·factor·FLOOR_MS.
  const ratio = large.ms / Math.max(small.ms, FLOOR_MS);
  console.log(
    `${label}: n=${small.n} ${small.ms.toFixed(0)} ms, n=${large.n} ${large.ms.toFixed(0)} ms CPU (×${ratio.toFixed(1)} for ×${factor} input)`,
  );
  expect(ratio, `${label} grew ×${ratio.toFixed(1)} for ×${factor} input`).toBeLessThanOrEqual(2 * factor);
}

/** Scans the shape at n and `factor`·n and checks the growth; returns the large scan for assertions on what it found. */
export async function scanGrowsLinearly(label: string, shape: Shape, n: number, factor = 4): Promise<ScanResult> {
  // A first small scan warms the adapters (compiler load, JIT) so the small measurement is not mostly start-up.
  await timedScan(shape, Math.max(1, Math.floor(n / 4)), 1);
  const small = await timedScan(shape, n);
  const large = await timedScan(shape, n * factor);
  expectLinearGrowth(label, { n, ms: small.ms }, { n: n * factor, ms: large.ms });
  return large.result;
}
