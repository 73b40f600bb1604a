import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/api/scan.js';
import { scanResultCache } from '../../src/build/cache/scan-result-cache.js';
import { parseConfig } from '../../src/build/config/load-config.js';
import { formatScanJson } from '../../src/output/report/scan-json.js';
import type { ProgressUpdate } from '../../src/model/progress.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

const FILES = {
  'prompts/system.md': 'You are a careful reviewer. Answer in {{language}}.\n',
  'src/agent.ts': [
    "import { readFileSync } from 'node:fs';",
    "import OpenAI from 'openai';",
    "const system = readFileSync('prompts/system.md', 'utf8');",
    'export async function review(code: string) {',
    "  return new OpenAI().chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: code }] });",
    '}',
    '',
  ].join('\n'),
  'test/agent.test.ts': "import { review } from '../src/agent';\nreview('x');\n",
};

let repo: GitRepo;
let cacheDir: string;
beforeEach(() => {
  repo = createGitRepo(FILES);
  repo.commit('initial');
  cacheDir = mkdtempSync(path.join(tmpdir(), 'promptgraph-result-cache-'));
});
afterEach(() => {
  repo.dispose();
  rmSync(cacheDir, { recursive: true, force: true });
});

/** A scan of the working tree and whether it reused a stored result (its progress says which). */
async function scanned(options: Parameters<typeof scan>[1] = {}): Promise<{ json: string; reused: boolean }> {
  const phases: string[] = [];
  const result = await scan(repo.dir, {
    cacheDir,
    ...options,
    onProgress: (update: ProgressUpdate) => void phases.push(update.phase ?? ''),
  });
  const reused = phases.includes('reusing the result of an identical scan');
  // A reused result skips the pipeline altogether; a scanned one lists files.
  expect(phases.includes('listing files')).toBe(!reused);
  return { json: formatScanJson(result), reused };
}

const resultEntries = () =>
  readdirSync(path.join(cacheDir, 'results'), { recursive: true, encoding: 'utf8' })
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /^[0-9a-f]{2}\/[0-9a-f]{64}$/.test(name));

describe('the whole-scan result cache', { timeout: 120_000 }, () => {
  it('reuses the result of an identical scan, byte for byte what a scan without any cache prints', async () => {
    const uncached = formatScanJson(await scan(repo.dir, { cache: false }));
    expect(uncached).toContain('prompts/system.md');
    const first = await scanned();
    expect(first).toEqual({ json: uncached, reused: false });
    expect(resultEntries()).toHaveLength(1);
    expect(await scanned()).toEqual({ json: uncached, reused: true });
    expect(resultEntries()).toHaveLength(1);
  });

  it('misses on a changed file, an untracked file, a config change and an option that changes the result', async () => {
    await scanned();
    repo.write({ 'prompts/system.md': 'You are a careless reviewer. Answer in {{language}}.\n' });
    const edited = await scanned();
    expect(edited.reused).toBe(false);
    expect(edited.json).toContain('careless');
    expect((await scanned()).reused).toBe(true);
    repo.write({ 'prompts/extra.md': 'Another prompt nobody reads.\n' });
    expect((await scanned()).reused).toBe(false);
    repo.write({ 'promptgraph.config.yaml': 'exclude:\n  - prompts/extra.md\n' });
    expect((await scanned()).reused).toBe(false);
    expect((await scanned()).reused).toBe(true);
    // The same files under a config given in code, and with tests included: other results, other keys.
    expect((await scanned({ config: parseConfig('include:\n  - "**/*.md"\n') })).reused).toBe(false);
    const withTests = await scanned({ includeTests: true });
    expect(withTests.reused).toBe(false);
    expect((await scanned({ includeTests: true })).reused).toBe(true);
    expect((await scanned({ cache: false })).reused).toBe(false);
  });

  it('keys by the code that scans: another build’s fingerprint is another key', () => {
    const inputs = { fingerprint: 'f'.repeat(64), name: 'repo', config: parseConfig(''), includeTests: false };
    const key = scanResultCache(cacheDir, 1 << 20, () => 'build A').keyOf(inputs);
    expect(scanResultCache(cacheDir, 1 << 20, () => 'build A').keyOf(inputs)).toBe(key);
    expect(scanResultCache(cacheDir, 1 << 20, () => 'build B').keyOf(inputs)).not.toBe(key);
    expect(scanResultCache(cacheDir, 1 << 20, () => 'build A').keyOf({ ...inputs, name: 'other' })).not.toBe(key);
  });

  it('ignores a damaged entry, scans again and rewrites it whole', async () => {
    const first = await scanned();
    const [entry] = resultEntries();
    const file = path.join(cacheDir, 'results', entry!);
    const text = readFileSync(file, 'utf8');
    for (const damaged of [text.slice(0, text.length / 2), text.replace('system.md', 'system.me'), 'garbage']) {
      writeFileSync(file, damaged);
      expect(await scanned()).toEqual({ json: first.json, reused: false });
      expect(readFileSync(file, 'utf8')).toBe(text);
      expect((await scanned()).reused).toBe(true);
    }
  });

  it('is safe when scans of one state run at once: each result right, one whole entry, no temporary file left', async () => {
    const uncached = formatScanJson(await scan(repo.dir, { cache: false }));
    const runs = await Promise.all([scanned(), scanned(), scanned()]);
    for (const run of runs) expect(run.json).toBe(uncached);
    expect(resultEntries()).toHaveLength(1);
    expect(
      readdirSync(path.join(cacheDir, 'results'), { recursive: true, encoding: 'utf8' }).filter((name) =>
        name.endsWith('.tmp'),
      ),
    ).toEqual([]);
    expect(await scanned()).toEqual({ json: uncached, reused: true });
  });

  it('prunes results past their share of the size limit, keeping the newest', async () => {
    const limit = 4 * Buffer.byteLength(formatScanJson(await scan(repo.dir, { cache: false })));
    for (const word of ['one', 'two', 'three', 'four', 'five', 'six']) {
      repo.write({ 'prompts/system.md': `You review ${word}.\n` });
      await scanned({ cacheMaxBytes: limit });
    }
    expect(resultEntries().length).toBeLessThanOrEqual(2);
    expect((await scanned({ cacheMaxBytes: limit })).reused).toBe(true);
  });
});
