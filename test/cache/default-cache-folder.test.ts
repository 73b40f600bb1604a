import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scan } from '../../src/index.js';
import { clearExtractionCache } from '../../src/build/extract/extract-file.js';
import { fixturePath } from '../support/scan-fixture.js';

const entryCount = (dir: string): number =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => /[0-9a-f]{64}$/.test(name)).length;

let work: string;
let repo: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'promptgraph-default-cache-'));
  repo = path.join(work, 'demo');
  cpSync(fixturePath('demo-monorepo'), repo, { recursive: true });
  // The in-process cache would answer every file another test already read, and nothing would reach the disk.
  clearExtractionCache();
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(work, { recursive: true, force: true });
});

// The library's scan(dir) reads the working tree through a FileSource (git's file set); the folder's own
// default cache must survive that wrapping, as it did when scan took the folder as a string.
describe('the public scan(dir) and its default cache folder', { timeout: 120_000 }, () => {
  it('writes <dir>/node_modules/.cache/promptgraph when no option or variable names another', async () => {
    // The suite sets $PROMPTGRAPH_CACHE_DIR; a user who set nothing has it empty or unset.
    vi.stubEnv('PROMPTGRAPH_CACHE_DIR', '');
    await scan(repo);
    expect(entryCount(path.join(repo, 'node_modules/.cache/promptgraph'))).toBeGreaterThan(20);
  });

  it('writes nothing through a symlinked node_modules the repository planted: the cache is off', async () => {
    vi.stubEnv('PROMPTGRAPH_CACHE_DIR', '');
    const outside = path.join(work, 'outside');
    mkdirSync(outside);
    rmSync(path.join(repo, 'node_modules'), { recursive: true, force: true });
    symlinkSync(outside, path.join(repo, 'node_modules'));
    const result = await scan(repo);
    expect(result.nodes.length).toBeGreaterThan(20);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('leaves the folder alone when $PROMPTGRAPH_CACHE_DIR or cache: false says so', async () => {
    const elsewhere = path.join(work, 'from-env');
    vi.stubEnv('PROMPTGRAPH_CACHE_DIR', elsewhere);
    await scan(repo);
    expect(entryCount(elsewhere)).toBeGreaterThan(20);
    vi.stubEnv('PROMPTGRAPH_CACHE_DIR', '');
    clearExtractionCache();
    await scan(repo, { cache: false });
    expect(existsSync(path.join(repo, 'node_modules'))).toBe(false);
  });
});
