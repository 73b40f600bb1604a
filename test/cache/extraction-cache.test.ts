import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { clearExtractionCache } from '../../src/build/extract/extract-file.js';
import { extractionCache } from '../../src/build/cache/extraction-cache.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { formatScanJson } from '../../src/output/report/scan-json.js';
import { fixturePath } from '../support/scan-fixture.js';

const DEMO = fixturePath('demo-monorepo');

/** The entry files of a cache folder, as `ab/abcdef…` (temporary files and the .gitignore left out). */
const entryFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name))
    .sort();

/** Scans with the in-process cache emptied first, so every extraction comes from disk or an adapter. */
async function scanFromDisk(root: string, options: Parameters<typeof scan>[1]): Promise<string> {
  clearExtractionCache();
  return formatScanJson(await scan(root, options));
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'promptgraph-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Each test scans the demo monorepo two or three times; under a load of 40 on two cores one scan took 20 s.
describe('the persistent extraction cache', { timeout: 120_000 }, () => {
  it('serves a warm scan from disk, reading every entry and writing none, with byte-identical output', async () => {
    const cold = await scanFromDisk(DEMO, { cacheDir: dir });
    const written = entryFiles(dir);
    expect(written.length).toBeGreaterThan(20);
    const stats = extractionCache(dir).stats;
    const before = { ...stats };
    const warm = await scanFromDisk(DEMO, { cacheDir: dir });
    expect(warm).toBe(cold);
    expect(stats.hits - before.hits).toBe(written.length);
    expect(stats.misses - before.misses).toBe(0);
    expect(stats.writes - before.writes).toBe(0);
    expect(entryFiles(dir)).toEqual(written);
    // The folder tells git to leave it alone, so a cache inside a repository is no untracked change.
    expect(readFileSync(path.join(dir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
  });

  it('ignores a damaged entry, extracts the file again and rewrites the entry', async () => {
    const cold = await scanFromDisk(DEMO, { cacheDir: dir });
    const [truncated, altered] = entryFiles(dir).map((name) => path.join(dir, name));
    const whole = readFileSync(truncated!, 'utf8');
    writeFileSync(truncated!, whole.slice(0, whole.length / 2));
    // Same length, one character of the body changed: only the digest can tell.
    const original = readFileSync(altered!, 'utf8');
    const flipped = original.replace(/"key":"(.)/, (_, hex: string) => `"key":"${hex === '0' ? '1' : '0'}`);
    expect(flipped).not.toBe(original);
    writeFileSync(altered!, flipped);
    const stats = extractionCache(dir).stats;
    const before = { ...stats };
    const warm = await scanFromDisk(DEMO, { cacheDir: dir });
    expect(warm).toBe(cold);
    expect(stats.damaged - before.damaged).toBe(2);
    expect(stats.writes - before.writes).toBe(2);
    expect(readFileSync(truncated!, 'utf8')).toBe(whole);
    expect(readFileSync(altered!, 'utf8')).toBe(original);
  });

  it('does not trust an entry stored under another key', async () => {
    await scanFromDisk(DEMO, { cacheDir: dir });
    const [first, second] = entryFiles(dir).map((name) => path.join(dir, name));
    // A whole, well-formed entry copied over another: its digest holds, the key inside does not match.
    writeFileSync(second!, readFileSync(first!));
    const stats = extractionCache(dir).stats;
    const before = { ...stats };
    await scanFromDisk(DEMO, { cacheDir: dir });
    expect(stats.damaged - before.damaged).toBe(1);
    expect(readFileSync(second!, 'utf8')).not.toBe(readFileSync(first!, 'utf8'));
  });

  it('writes nothing with cache: false, wherever a folder is named', async () => {
    const cacheDir = path.join(dir, 'cache');
    const off = await scanFromDisk(DEMO, { cache: false, cacheDir });
    expect(readdirSync(dir)).toEqual([]);
    expect(off).toBe(await scanFromDisk(DEMO, { cacheDir }));
    expect(entryFiles(cacheDir).length).toBeGreaterThan(20);
  });

  it('misses every entry when the config changes', async () => {
    await scanFromDisk(DEMO, { cacheDir: dir });
    const written = entryFiles(dir).length;
    const stats = extractionCache(dir).stats;
    const before = { ...stats };
    const config = parseConfig('promptDirs: [prompts, shared-prompts]\n');
    await scanFromDisk(DEMO, { cacheDir: dir, config });
    expect(stats.hits - before.hits).toBe(0);
    expect(stats.writes - before.writes).toBeGreaterThan(20);
    expect(entryFiles(dir).length).toBeGreaterThan(written);
  });

  it('misses an entry written by other code (another version, digest or parser)', async () => {
    const older = extractionCache(dir, undefined, () => 'promptgraph 0.0.9 fingerprint');
    const newer = extractionCache(dir, undefined, () => 'promptgraph 0.1.0 fingerprint');
    const extraction = { units: [], references: [], diagnostics: [] };
    older.put(older.keyOf('same content key'), extraction);
    await older.flush();
    expect(await older.get(older.keyOf('same content key'))).toEqual(extraction);
    expect(newer.keyOf('same content key')).not.toBe(older.keyOf('same content key'));
    expect(await newer.get(newer.keyOf('same content key'))).toBeUndefined();
  });

  it('prunes the entries written longest ago once the folder outgrows its limit, keeping those in use', async () => {
    const config = parseConfig('promptDirs: [prompts, shared-prompts]\n');
    await scanFromDisk(DEMO, { cacheDir: dir, config });
    const old = entryFiles(dir);
    const longAgo = new Date(Date.now() - 86_400_000);
    for (const name of old) utimesSync(path.join(dir, name), longAgo, longAgo);
    const bytes = old.reduce((sum, name) => sum + readFileSync(path.join(dir, name)).length, 0);
    // Both scans' entries outgrow the limit; the second scan's own, in use, stay whatever their size.
    const stats = extractionCache(dir, bytes).stats;
    await scanFromDisk(DEMO, { cacheDir: dir, cacheMaxBytes: bytes });
    const kept = entryFiles(dir);
    expect(kept.length).toBe(stats.writes);
    expect(kept.filter((name) => old.includes(name))).toEqual([]);
  });
});
