import { describe, expect, it } from 'vitest';
import { formatReachesText } from '../../src/output/report/reaches-text.js';
import { formatWhyText } from '../../src/output/report/why-text.js';
import { findReaches } from '../../src/query/reach/find-reaches.js';
import { findWhyPaths } from '../../src/query/reach/find-why-paths.js';
import { graph } from '../reach/query-graph.js';

describe('reaches and why reporters', () => {
  it('prints what a symbol reaches, by distance, with the reference that reaches each node, then the teams', () => {
    const text = formatReachesText(findReaches(graph(), 'kit/persona.ts#PERSONA', ['kit/persona.ts#PERSONA']), {
      color: false,
    });
    expect(text).toBe(
      [
        'promptgraph reaches  kit/persona.ts#PERSONA  (1 node)',
        '  kit/persona.ts#PERSONA  fragment kit/persona.ts:1',
        '',
        'Reaches (3)',
        '  chat/prompts.ts#SYSTEM  prompt chat/prompts.ts:1, 1 step away',
        '    ← includes kit/persona.ts#PERSONA  chat/prompts.ts:3',
        '  kit/section.ts#section  fragment kit/section.ts:1, 1 step away',
        '    ← includes kit/persona.ts#PERSONA  kit/section.ts:2',
        '  consumer:chat/reply.ts#reply  consumer chat/reply.ts:1, 2 steps away',
        '    ← consumes chat/prompts.ts#SYSTEM  chat/reply.ts:9',
        '',
        'Teams (1)',
        '  @acme/chat  2 nodes',
        '',
      ].join('\n'),
    );
  });

  it('says when nothing depends on the selection', () => {
    const text = formatReachesText(findReaches(graph(), 'kit/persona.ts#TONE', ['kit/persona.ts#TONE']), {
      color: false,
    });
    expect(text).toContain('Nothing depends on it: no prompt includes it, no consumer uses it.');
  });

  it('prints every path, one step a line, reading forward from the start with the line that makes each step', () => {
    const result = findWhyPaths(graph(), 'consumer:chat/reply.ts#reply', {
      from: 'selection',
      ids: ['kit/persona.ts#PERSONA'],
    });
    expect(formatWhyText(result, { color: false })).toBe(
      [
        'promptgraph why  consumer:chat/reply.ts#reply  consumer chat/reply.ts:1',
        '2 paths from 1 node (the selected nodes)',
        '',
        'Path 1',
        '  kit/persona.ts#PERSONA',
        '    → included by chat/prompts.ts#SYSTEM  chat/prompts.ts:3',
        '    → consumed by consumer:chat/reply.ts#reply  chat/reply.ts:9',
        '',
        'Path 2',
        '  kit/persona.ts#PERSONA',
        '    → included by kit/section.ts#section  kit/section.ts:2',
        '    → included by chat/prompts.ts#SYSTEM  chat/prompts.ts:4',
        '    → consumed by consumer:chat/reply.ts#reply  chat/reply.ts:9',
        '',
      ].join('\n'),
    );
  });

  it('says when no path from the start reaches the node', () => {
    const result = findWhyPaths(graph(), 'consumer:chat/reply.ts#reply', { from: 'change', ids: ['plan/planner.md'] });
    expect(formatWhyText(result, { color: false })).toContain('No path from the changed nodes reaches it.');
  });
});
