import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { impact } from '../../src/api/impact.js';
import { history } from '../../src/api/history.js';
import type { ProgressUpdate } from '../../src/model/progress.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.dispose());

/** Collects what the library reports; the library itself never prints. */
const collector = () => {
  const updates: ProgressUpdate[] = [];
  return { updates, onProgress: (update: ProgressUpdate) => void updates.push(update) };
};

describe('the library reports progress through its callback', () => {
  it('scan: listing, each batch of files read out of all, resolving, building the graph', async () => {
    const { updates, onProgress } = collector();
    await scan(memoryFileSource('repo', { 'prompts/a.prompt': 'A', 'prompts/b.prompt': 'B' }), { onProgress });
    expect(updates).toEqual([
      { task: 'scanning', phase: 'listing files' },
      { task: 'scanning', phase: 'reading files', done: 2, total: 2, unit: 'files' },
      { task: 'scanning', phase: 'resolving references' },
      { task: 'scanning', phase: 'building the graph' },
    ]);
  });

  it('impact: the base scan and the working-tree scan, each named', async () => {
    repo = createGitRepo({ 'prompts/a.prompt': 'A.\n' });
    const base = repo.commit('one prompt');
    repo.write({ 'prompts/a.prompt': 'A, changed.\n' });
    const { updates, onProgress } = collector();
    await impact(repo.dir, { base: 'HEAD', onProgress });
    expect([...new Set(updates.map((update) => update.task))]).toEqual([
      `scanning base ${base.slice(0, 7)}`,
      'scanning the working tree',
    ]);
  });

  it('history: commits walked with the parents scanned, and the scans of those parents', async () => {
    repo = createGitRepo({ 'prompts/a.prompt': 'A.\n' });
    repo.commit('add');
    repo.write({ 'prompts/a.prompt': 'A, changed.\n' });
    const head = repo.commit('change');
    const { updates, onProgress } = collector();
    await history(repo.dir, 'prompts/a.prompt', { onProgress });
    const walk = updates.filter((update) => update.task === 'walking history');
    expect(walk.at(-1)).toEqual({ task: 'walking history', done: 2, unit: 'commits', detail: '2 scanned' });
    expect(updates[0]!.task).toBe(`scanning ${head.slice(0, 7)}`);
  });
});
