import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { diskEntries } from '../../src/build/cache/disk-entries.js';
import { fixturePath, REPO_ROOT } from '../support/scan-fixture.js';

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, 'bin/promptgraph.js');
/** The environment of a user who set no cache folder (the test suite sets one). */
const ENV = { ...process.env, NO_COLOR: '1', PROMPTGRAPH_CACHE_DIR: '' };

/** `promptgraph scan --format json` of `root`; the demo exits 1 (it keeps a malformed prompt on purpose). */
async function scanJson(root: string, ...flags: string[]): Promise<string> {
  const done = await run(process.execPath, [CLI, 'scan', root, '--format', 'json', '--quiet', ...flags], {
    env: ENV,
    maxBuffer: 1 << 26,
  }).catch((error: { code: number; stdout: string }) => {
    expect(error.code).toBe(1);
    return error;
  });
  return done.stdout;
}

/** The extraction entries (`ab/abcdef…`); whole results and token counts live in folders of their own. */
const entryKeys = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name))
    .map((name) => path.basename(name))
    .sort();

let work: string;
let repo: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'promptgraph-cache-cli-'));
  repo = path.join(work, 'demo');
  cpSync(fixturePath('demo-monorepo'), repo, { recursive: true });
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('the extraction cache from the CLI (built)', () => {
  it('lives in the scanned folder’s node_modules/.cache/promptgraph by default, and --no-cache writes nothing', {
    timeout: 180_000,
  }, async () => {
    const uncached = await scanJson(repo, '--no-cache');
    expect(existsSync(path.join(repo, 'node_modules'))).toBe(false);
    expect(await scanJson(repo)).toBe(uncached);
    const dir = path.join(repo, 'node_modules/.cache/promptgraph');
    expect(entryKeys(dir).length).toBeGreaterThan(20);
    expect(await scanJson(repo)).toBe(uncached);
  });

  it('is shared by two processes scanning at once: both outputs right, every entry whole', {
    timeout: 180_000,
  }, async () => {
    const uncached = await scanJson(repo, '--no-cache');
    const dir = path.join(work, 'shared-cache');
    const [first, second] = await Promise.all([scanJson(repo, '--cache-dir', dir), scanJson(repo, '--cache-dir', dir)]);
    expect(first).toBe(uncached);
    expect(second).toBe(uncached);
    const keys = entryKeys(dir);
    expect(keys.length).toBeGreaterThan(20);
    const entries = diskEntries(dir);
    const reads = await Promise.all(keys.map((key) => entries.read(key)));
    expect(reads.filter((read) => read.status !== 'hit')).toEqual([]);
    // No temporary file outlives a rename.
    expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // A third run reads them all and writes nothing new.
    const before = keys.map((key) => readFileSync(path.join(dir, key.slice(0, 2), key), 'utf8'));
    expect(await scanJson(repo, '--cache-dir', dir)).toBe(uncached);
    expect(entryKeys(dir)).toEqual(keys);
    expect(keys.map((key) => readFileSync(path.join(dir, key.slice(0, 2), key), 'utf8'))).toEqual(before);
  });

  it('takes its folder from $PROMPTGRAPH_CACHE_DIR', { timeout: 120_000 }, async () => {
    const dir = path.join(work, 'from-env');
    await run(process.execPath, [CLI, 'scan', repo, '--quiet'], { env: { ...ENV, PROMPTGRAPH_CACHE_DIR: dir } }).catch(
      (error: { code: number }) => expect(error.code).toBe(1),
    );
    expect(entryKeys(dir).length).toBeGreaterThan(20);
    expect(existsSync(path.join(repo, 'node_modules'))).toBe(false);
  });
});
