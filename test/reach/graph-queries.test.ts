import { describe, expect, it } from 'vitest';
import { PromptGraph } from '../../src/query/graph/prompt-graph.js';
import { findReaches } from '../../src/query/reach/find-reaches.js';
import { findWhyPaths, MAX_WHY_PATHS } from '../../src/query/reach/find-why-paths.js';
import { selectNodes } from '../../src/query/reach/select-nodes.js';
import { edges, scanOf, textNode } from '../impact/hand-built.js';
import { graph } from './query-graph.js';

describe('selectNodes', () => {
  it('names one symbol of a file, not the whole file', () => {
    expect(selectNodes(graph(), 'kit/persona.ts#PERSONA').ids).toEqual(['kit/persona.ts#PERSONA']);
    expect(selectNodes(graph(), 'kit/persona.ts').ids).toEqual(['kit/persona.ts#PERSONA', 'kit/persona.ts#TONE']);
  });

  it('takes node ids, globs and bare symbols, and says what to write when it matches nothing', () => {
    expect(selectNodes(graph(), 'consumer:chat/reply.ts#reply').ids).toEqual(['consumer:chat/reply.ts#reply']);
    expect(selectNodes(graph(), 'plan/*.md').ids).toEqual(['plan/planner.md', 'plan/verifier.md']);
    expect(selectNodes(graph(), 'SYSTEM').ids).toEqual(['chat/prompts.ts#SYSTEM']);
    expect(selectNodes(graph(), 'kit/persona.ts#STYLE')).toEqual({
      ids: [],
      problem: 'no node of symbol STYLE in kit/persona.ts',
    });
  });
});

describe('findReaches', () => {
  it('lists everything downstream of one symbol with one shortest path and its lines, and the teams', () => {
    const result = findReaches(graph(), 'kit/persona.ts#PERSONA', ['kit/persona.ts#PERSONA']);
    expect(result.reached.map((node) => `${node.distance} ${node.id}`)).toEqual([
      '1 chat/prompts.ts#SYSTEM',
      '1 kit/section.ts#section',
      '2 consumer:chat/reply.ts#reply',
    ]);
    expect(result.reached[2]!.path).toEqual([
      {
        from: 'kit/persona.ts#PERSONA',
        to: 'chat/prompts.ts#SYSTEM',
        kind: 'includes',
        file: 'chat/prompts.ts',
        line: 3,
      },
      {
        from: 'chat/prompts.ts#SYSTEM',
        to: 'consumer:chat/reply.ts#reply',
        kind: 'consumes',
        file: 'chat/reply.ts',
        line: 9,
      },
    ]);
    expect(result.teams).toEqual([
      { team: '@acme/chat', nodes: ['chat/prompts.ts#SYSTEM', 'consumer:chat/reply.ts#reply'] },
    ]);
  });

  it('reaches nothing from the unused symbol of the same file', () => {
    expect(findReaches(graph(), 'kit/persona.ts#TONE', ['kit/persona.ts#TONE']).reached).toEqual([]);
  });

  it('follows feeds downstream', () => {
    expect(findReaches(graph(), 'plan/planner.md', ['plan/planner.md']).reached.map((node) => node.id)).toEqual([
      'plan/verifier.md',
    ]);
  });
});

describe('findWhyPaths', () => {
  it('gives every path from the chosen node to the target, shortest first, with the edge lines', () => {
    const result = findWhyPaths(graph(), 'consumer:chat/reply.ts#reply', {
      from: 'selection',
      ids: ['kit/persona.ts#PERSONA'],
    });
    expect(result.paths.map((path) => path.nodes)).toEqual([
      ['kit/persona.ts#PERSONA', 'chat/prompts.ts#SYSTEM', 'consumer:chat/reply.ts#reply'],
      ['kit/persona.ts#PERSONA', 'kit/section.ts#section', 'chat/prompts.ts#SYSTEM', 'consumer:chat/reply.ts#reply'],
    ]);
    expect(result.paths[1]!.hops.map((hop) => `${hop.kind} ${hop.file}:${hop.line}`)).toEqual([
      'includes kit/section.ts:2',
      'includes chat/prompts.ts:4',
      'consumes chat/reply.ts:9',
    ]);
    expect(result.truncated).toBe(false);
  });

  it('starts from every node nothing feeds when no start is given, and from none that cannot reach', () => {
    const roots = findWhyPaths(graph(), 'consumer:chat/reply.ts#reply', { from: 'roots', ids: [] });
    expect(roots.sources.map((node) => node.id)).toEqual(['kit/persona.ts#PERSONA']);
    const unrelated = findWhyPaths(graph(), 'consumer:chat/reply.ts#reply', {
      from: 'change',
      ids: ['plan/planner.md'],
    });
    expect(unrelated.paths).toEqual([]);
  });

  it('cuts a combinatorial number of paths at the limit and says so', () => {
    // A ladder of 9 diamonds has 2^9 = 512 paths from bottom to top.
    const nodes = [textNode('l/0.md', '0')];
    const ladder: string[] = [];
    for (let step = 1; step <= 9; step++) {
      nodes.push(textNode(`l/${step}a.md`, 'a'), textNode(`l/${step}b.md`, 'b'), textNode(`l/${step}.md`, 's'));
      for (const side of ['a', 'b'])
        ladder.push(`l/${step}${side}.md -includes-> l/${step - 1}.md`, `l/${step}.md -includes-> l/${step}${side}.md`);
    }
    const result = findWhyPaths(new PromptGraph(scanOf(nodes, edges(...ladder))), 'l/9.md', {
      from: 'selection',
      ids: ['l/0.md'],
    });
    expect(result.paths).toHaveLength(MAX_WHY_PATHS);
    expect(result.truncated).toBe(true);
  });

  it('follows one path through a 50,000-link include chain without running out of stack', () => {
    const links = 50_000;
    const nodes = Array.from({ length: links }, (_, index) => textNode(`c/${index}.md`, `${index}`));
    const chain = Array.from({ length: links - 1 }, (_, index) => `c/${index + 1}.md -includes-> c/${index}.md`);
    const result = findWhyPaths(new PromptGraph(scanOf(nodes, edges(...chain))), `c/${links - 1}.md`, {
      from: 'selection',
      ids: ['c/0.md'],
    });
    expect(result.paths).toHaveLength(1);
    expect(result.paths[0]!.nodes).toHaveLength(links);
    expect(result.paths[0]!.hops).toHaveLength(links - 1);
  });
});
