import { describe, expect, it } from 'vitest';
import type { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { WalkCommit } from '../../src/query/history/attribute-commit.js';
import { touchesClosure } from '../../src/query/history/closure-files.js';
import { walkHistory } from '../../src/query/history/walk-history.js';
import { commitOf, listed, supportGraph } from './history-fixtures.js';

/** Scans by commit, recording which parents the walk asked for. */
function scanner(graphs: Record<string, PromptGraph>) {
  const asked: string[] = [];
  return {
    asked,
    scanParent: async (commit: WalkCommit) => {
      asked.push(commit.parents[0]!);
      return graphs[commit.parents[0]!]!;
    },
  };
}

const reply = [{ key: 'reply.prompt', id: 'reply.prompt', lastId: 'reply.prompt' }];

describe('walkHistory', () => {
  it('lists the commits that changed the composed text, newest first, and scans only the parents of commits touching its closure', async () => {
    // c4 edits pitch.prompt, c3 edits the persona, c2 edits README.md, c1 edits the persona.
    const graphs = {
      'c4^': supportGraph('v3'),
      'c3^': supportGraph('v2'),
      'c2^': supportGraph('v2'),
      'c1^': supportGraph('v1'),
    };
    const { asked, scanParent } = scanner(graphs);
    const commits = [
      commitOf('c4', ['pitch.prompt']),
      commitOf('c3', ['shared/_persona.prompt']),
      commitOf('c2', ['README.md']),
      commitOf('c1', ['shared/_persona.prompt']),
    ];
    const walk = await walkHistory(supportGraph('v3'), reply, listed(commits), scanParent, { stopAtAdded: true });
    expect(walk.entries.get('reply.prompt')!.map((entry) => entry.commit)).toEqual(['c3', 'c1']);
    expect(asked).toEqual(['c3^', 'c1^']);
    expect(walk.stats).toEqual({ commits: 4, scanned: 2 });
  });

  it('scans the parent of a commit that deleted a file, since an include may have fallen back to another one', async () => {
    const graphs = { 'c1^': supportGraph('v1') };
    const { asked, scanParent } = scanner(graphs);
    const walk = await walkHistory(
      supportGraph('v1'),
      reply,
      listed([commitOf('c1', ['old/_persona.prompt'], { removed: ['old/_persona.prompt'] })]),
      scanParent,
      { stopAtAdded: true },
    );
    expect(asked).toEqual(['c1^']);
    expect(walk.entries.get('reply.prompt')).toEqual([]);
  });

  it('stops at --max-count and says the history may go on', async () => {
    const graphs = { 'c2^': supportGraph('v1'), 'c1^': supportGraph('v0') };
    const { scanParent } = scanner(graphs);
    const walk = await walkHistory(
      supportGraph('v2'),
      reply,
      listed([commitOf('c2', ['shared/_persona.prompt']), commitOf('c1', ['shared/_persona.prompt'])]),
      scanParent,
      { stopAtAdded: true, maxEntries: 1 },
    );
    expect(walk.entries.get('reply.prompt')!.map((entry) => entry.commit)).toEqual(['c2']);
    expect(walk.truncated).toBe(true);
  });
});

describe('touchesClosure', () => {
  const closure = new Set(['reply.prompt', 'shared/_persona.prompt']);
  it('is true for a closure file, a removed file or a module manifest, and false otherwise', () => {
    expect([
      touchesClosure({ files: ['shared/_persona.prompt'], removed: [] }, closure),
      touchesClosure({ files: ['old.prompt'], removed: ['old.prompt'] }, closure),
      touchesClosure({ files: ['packages/app/tsconfig.json'], removed: [] }, closure),
      touchesClosure({ files: ['README.md', 'pitch.prompt'], removed: [] }, closure),
    ]).toEqual([true, true, true, false]);
  });

  it('is false for a .gitignore: a revision is scanned as its whole tree, so ignore rules change no scan', () => {
    expect(touchesClosure({ files: ['prompts/.gitignore'], removed: [] }, closure)).toBe(false);
  });
});
