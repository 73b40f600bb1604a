import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';
import { fixturePath, REPO_ROOT } from '../support/scan-fixture.js';

const BIN = path.join(REPO_ROOT, 'bin/promptgraph.js');

let repo: GitRepo;
let cacheDir: string;
beforeEach(() => {
  repo = createGitRepo();
  cpSync(fixturePath('demo-monorepo'), repo.dir, { recursive: true });
  repo.commit('the demo monorepo');
  cacheDir = mkdtempSync(path.join(tmpdir(), 'promptgraph-result-cache-cli-'));
});
afterEach(() => {
  repo.dispose();
  rmSync(cacheDir, { recursive: true, force: true });
});

/**
 * The built CLI with Node's module log on: every CommonJS package it loads (ts-morph, the
 * TypeScript compiler, a tokenizer's rank table) is named on stderr. The demo exits 1 (a
 * malformed prompt kept on purpose), impact 0.
 */
function promptgraph(...args: string[]): { stdout: string; loaded: (name: string) => boolean } {
  const run = spawnSync(process.execPath, [BIN, ...args, '--quiet'], {
    cwd: repo.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, NO_COLOR: '1', PROMPTGRAPH_CACHE_DIR: cacheDir, NODE_DEBUG: 'module' },
  });
  expect([0, 1]).toContain(run.status);
  return { stdout: run.stdout, loaded: (name) => run.stderr.includes(`looking for "${name}"`) };
}

describe('the whole-scan result cache from the built CLI', () => {
  it('prints byte for byte what --no-cache prints, and a warm scan loads neither ts-morph nor a tokenizer', () => {
    for (const format of ['json', 'text']) {
      const uncached = promptgraph('scan', '.', '--format', format, '--no-cache');
      expect(uncached.stdout.length).toBeGreaterThan(1000);
      const cold = promptgraph('scan', '.', '--format', format);
      const warm = promptgraph('scan', '.', '--format', format);
      expect(cold.stdout).toBe(uncached.stdout);
      expect(warm.stdout).toBe(uncached.stdout);
      // The check can fail: scanning loads the compiler, and so would a warm run that scanned again.
      expect(uncached.loaded('ts-morph')).toBe(true);
      expect(warm.loaded('ts-morph')).toBe(false);
      expect(warm.loaded('typescript')).toBe(false);
      if (format === 'json') expect(warm.loaded('gpt-tokenizer/encoding/o200k_base')).toBe(false);
    }
  });

  it('serves both sides of a warm one-file impact, byte for byte what --no-cache prints', () => {
    const prompt = 'services/support-chat/src/prompts/system-prompt.ts';
    const text = `${repo.git('show', `HEAD:${prompt}`)}\n`;
    expect(text).toContain('Answer only from');
    repo.write({ [prompt]: text.replace('Answer only from', 'Answer only ever from') });
    const args = ['impact', '--base', 'HEAD', '--format', 'json', '--no-github'];
    const uncached = promptgraph(...args, '--no-cache');
    expect(JSON.parse(uncached.stdout).changed.length).toBeGreaterThan(0);
    // --no-cache turns off both caches (and the token counts): nothing was written.
    expect(readdirSync(cacheDir)).toEqual([]);
    const cold = promptgraph(...args);
    const warm = promptgraph(...args);
    expect(cold.stdout).toBe(uncached.stdout);
    expect(warm.stdout).toBe(uncached.stdout);
    expect(cold.loaded('ts-morph')).toBe(true);
    expect(warm.loaded('ts-morph')).toBe(false);
  });
});
