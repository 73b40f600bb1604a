import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import type { WalkCommit } from '../../src/query/history/attribute-commit.js';
import { walkHistory } from '../../src/query/history/walk-history.js';
import { scanOf, textNode } from '../impact/hand-built.js';
import { commitOf, listed, supportGraph } from './history-fixtures.js';

const reply = [{ key: 'reply.prompt', id: 'reply.prompt', lastId: 'reply.prompt' }];

/** Walks one commit with `settled` as the manifests the caller found edited without steering; returns the parents scanned. */
async function scannedFor(commit: WalkCommit, settled: string[], start = supportGraph('v1')): Promise<string[]> {
  const asked: string[] = [];
  const questions: string[][] = [];
  await walkHistory(
    start,
    reply,
    listed([commit]),
    async (walked) => {
      asked.push(walked.parents[0]!);
      return supportGraph('v1');
    },
    {
      stopAtAdded: true,
      settledManifests: async (_commit, files) => {
        questions.push([...files]);
        return new Set(settled);
      },
    },
  );
  return asked;
}

describe('a history walk and manifest edits', () => {
  it('skips a commit whose only reason to be scanned is a manifest edit that does not steer', async () => {
    expect(await scannedFor(commitOf('c1', ['pyproject.toml', 'uv.lock']), ['pyproject.toml'])).toEqual([]);
  });

  it('scans when one of the manifests steers', async () => {
    expect(await scannedFor(commitOf('c1', ['pyproject.toml', 'web/package.json']), ['pyproject.toml'])).toEqual([
      'c1^',
    ]);
  });

  it('scans when the commit also removed a file or touched the closure, without asking about manifests', async () => {
    expect(
      await scannedFor(commitOf('c1', ['pyproject.toml', 'old.md'], { removed: ['old.md'] }), ['pyproject.toml']),
    ).toEqual(['c1^']);
    expect(await scannedFor(commitOf('c1', ['pyproject.toml', 'shared/_persona.prompt']), ['pyproject.toml'])).toEqual([
      'c1^',
    ]);
  });

  it('scans when the manifest holds nodes of the graph (prompts code reads from it), whatever the edit', async () => {
    const start = new PromptGraph(
      scanOf(
        [
          ...supportGraph('v1').result.nodes,
          textNode('pyproject.toml#tool.agent.system', 'Be brief.', { file: 'pyproject.toml' }),
        ],
        [...supportGraph('v1').result.edges],
      ),
    );
    expect(await scannedFor(commitOf('c1', ['pyproject.toml']), ['pyproject.toml'], start)).toEqual(['c1^']);
  });
});
