import { afterEach, describe, expect, it } from 'vitest';
import { revisionScans } from '../../src/api/revision-scans.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo;
afterEach(() => repo.dispose());

describe('revision scans over one blob store', () => {
  it('reads each version of a file once, however many revisions hold it', async () => {
    repo = createGitRepo({
      'prompts/_persona.prompt': 'You are Ada.\n',
      'prompts/reply.prompt': '{{> persona}}\nAnswer {{ticket}}.\n',
      'prompts/pitch.prompt': '{{> persona}}\nPitch {{product}}.\n',
    });
    const first = repo.commit('three prompts');
    repo.write({ 'prompts/_persona.prompt': 'You are Ada, kind.\n' });
    const second = repo.commit('kinder persona');
    const scans = await revisionScans(repo.dir, second);
    try {
      const newer = await scans.graph(second);
      expect(scans.blobReads).toBe(3);
      const older = await scans.graph(first);
      expect(scans.blobReads).toBe(4);
      expect([newer.node('prompts/_persona.prompt')?.text, older.node('prompts/_persona.prompt')?.text]).toEqual([
        'You are Ada, kind.\n',
        'You are Ada.\n',
      ]);
    } finally {
      scans.close();
    }
  });

  it("scans every revision with the head's config", async () => {
    repo = createGitRepo({ 'notes/system.md': 'You are a careful reviewer of pull requests.\n' });
    const first = repo.commit('notes');
    repo.write({ 'promptgraph.config.yaml': "promptGlobs: ['notes/**/*.md']\n" });
    const second = repo.commit('notes are prompts');
    const scans = await revisionScans(repo.dir, second);
    try {
      expect((await scans.graph(first)).node('notes/system.md')?.kind).toBe('prompt');
    } finally {
      scans.close();
    }
  });
});
