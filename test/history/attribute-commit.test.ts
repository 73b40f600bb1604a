import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { attributeCommit } from '../../src/query/history/attribute-commit.js';
import { scanOf } from '../impact/hand-built.js';
import { commitOf, supportGraph } from './history-fixtures.js';

const reply = [{ key: 'reply.prompt', id: 'reply.prompt', lastId: 'reply.prompt' }];

describe('attributeCommit', () => {
  it('attributes an edit of an included fragment to the prompt, with the fragment as the file it came through', () => {
    const { entries, next } = attributeCommit(
      supportGraph('You are Ada, kind.'),
      supportGraph('You are Ada.'),
      commitOf('c2', ['shared/_persona.prompt']),
      reply,
    );
    expect(entries.get('reply.prompt')).toMatchObject({
      commit: 'c2',
      id: 'reply.prompt',
      classification: ['wording'],
      files: ['shared/_persona.prompt'],
    });
    expect(entries.get('reply.prompt')!.diff).toContain('-You are Ada.\n+You are Ada, kind.');
    expect(next).toEqual(reply);
  });

  it("gives no entry when the commit touched the prompt's file but not its composed text", () => {
    const { entries } = attributeCommit(
      supportGraph('You are Ada.'),
      supportGraph('You are Ada.'),
      commitOf('c3', ['reply.prompt']),
      reply,
    );
    expect(entries.size).toBe(0);
  });

  it('follows a rename to the old id and classifies the commit as renamed', () => {
    const child = supportGraph('You are Ada.', undefined, 'support/reply.prompt');
    const commit = commitOf('c4', ['reply.prompt', 'support/reply.prompt'], {
      removed: ['reply.prompt'],
      renames: [{ from: 'reply.prompt', to: 'support/reply.prompt' }],
    });
    const { entries, next } = attributeCommit(child, supportGraph('You are Ada.'), commit, [
      { key: 'support/reply.prompt', id: 'support/reply.prompt', lastId: 'support/reply.prompt' },
    ]);
    expect(entries.get('support/reply.prompt')).toMatchObject({
      id: 'support/reply.prompt',
      renamedFrom: 'reply.prompt',
      classification: ['renamed'],
    });
    expect(next).toEqual([{ key: 'support/reply.prompt', id: 'reply.prompt', lastId: 'reply.prompt' }]);
  });

  it('marks the commit that created the prompt as added, and the prompt as absent before it', () => {
    const { entries, next } = attributeCommit(
      supportGraph('You are Ada.'),
      new PromptGraph(scanOf([])),
      commitOf('c1', ['reply.prompt', 'shared/_persona.prompt'], { parent: '' }),
      reply,
    );
    expect(entries.get('reply.prompt')).toMatchObject({
      classification: ['added'],
      files: ['reply.prompt', 'shared/_persona.prompt'],
    });
    expect(entries.get('reply.prompt')!.diff).toContain('+You are Ada.');
    expect(next).toEqual([{ key: 'reply.prompt', lastId: 'reply.prompt' }]);
  });

  it('finds a prompt absent at the commit again at its parent: the commit removed it', () => {
    const child = new PromptGraph(scanOf([]));
    const { entries, next } = attributeCommit(
      child,
      supportGraph('You are Ada.'),
      commitOf('c5', ['reply.prompt'], { removed: ['reply.prompt'] }),
      [{ key: 'reply.prompt', lastId: 'reply.prompt' }],
    );
    expect(entries.get('reply.prompt')).toMatchObject({ id: 'reply.prompt', classification: ['removed'] });
    expect(next).toEqual(reply);
  });
});
