import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { WalkCommit } from '../../src/query/history/attribute-commit.js';
import { edges, scanOf, textNode } from '../impact/hand-built.js';

/** A commit for hand-built walks: touches `files`, removes `removed`, renames `renames`. */
export function commitOf(
  commit: string,
  files: string[],
  extra: Partial<WalkCommit['changes']> & { parent?: string } = {},
): WalkCommit {
  return {
    commit,
    parents: extra.parent === undefined ? [`${commit}^`] : extra.parent ? [extra.parent] : [],
    author: { name: 'Ana', email: 'ana@example.com' },
    date: '2024-03-05T10:00:00+00:00',
    subject: `commit ${commit}`,
    changes: { files, removed: extra.removed ?? [], renames: extra.renames ?? [] },
  };
}

/** reply.prompt includes shared/_persona.prompt, whose text is `persona`; pitch.prompt stands alone. */
export function supportGraph(
  persona: string,
  reply = '[[shared/_persona.prompt]]\nAnswer.',
  replyId = 'reply.prompt',
): PromptGraph {
  return new PromptGraph(
    scanOf(
      [
        textNode(replyId, reply),
        textNode('shared/_persona.prompt', persona, { kind: 'fragment' }),
        textNode('pitch.prompt', 'Pitch.'),
      ],
      reply.includes('[[shared/_persona.prompt]]') ? edges(`${replyId} -includes-> shared/_persona.prompt`) : [],
    ),
  );
}

export async function* listed(commits: WalkCommit[]): AsyncGenerator<WalkCommit> {
  yield* commits;
}
