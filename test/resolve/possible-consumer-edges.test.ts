import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/model/extraction.js';
import { resolveReferences } from '../../src/build/resolve/resolve-references.js';
import { dedupeEdges } from '../../src/build/graph/dedupe-edges.js';

// An adapter that lost a flow reports the consumer as possible; the resolver must carry that onto the edge.
const text = (symbol: string, line: number) => ({
  symbol,
  role: 'text' as const,
  range: { start: line, end: line },
  format: 'typescript',
  variables: [],
  text: `${symbol} text`,
});

const local = (symbol: string) => ({ type: 'local' as const, symbol });

const resolve = (references: Extraction['references']) =>
  dedupeEdges(
    resolveReferences(
      [
        {
          path: 'src/reply.ts',
          extraction: {
            units: [
              text('SYSTEM', 1),
              text('RULES', 2),
              { symbol: 'reply', role: 'consumer', range: { start: 4, end: 9 }, format: 'typescript', variables: [] },
            ],
            references,
            diagnostics: [],
          },
        },
      ],
      {},
      new Set(['src/reply.ts']),
    ).edges,
  );

describe('possible consumes edges', () => {
  it('carries a possible reference onto its edge with the reason, and leaves a certain one as it was', () => {
    const edges = resolve([
      {
        kind: 'consumes',
        from: 'reply',
        target: local('SYSTEM'),
        line: 3,
        certainty: 'possible',
        via: 'interface ModelClient.complete',
      },
      { kind: 'consumes', from: 'reply', target: local('RULES'), line: 4 },
    ]);
    expect(edges).toEqual([
      {
        from: 'consumer:src/reply.ts#reply',
        to: 'src/reply.ts#SYSTEM',
        kind: 'consumes',
        line: 3,
        certainty: 'possible',
        via: 'interface ModelClient.complete',
      },
      { from: 'consumer:src/reply.ts#reply', to: 'src/reply.ts#RULES', kind: 'consumes', line: 4 },
    ]);
  });

  it('makes the edge certain when one of the flows it merges was traced', () => {
    const edges = resolve([
      {
        kind: 'consumes',
        from: 'reply',
        target: local('SYSTEM'),
        line: 3,
        certainty: 'possible',
        via: 'dynamic property',
      },
      { kind: 'consumes', from: 'reply', target: local('SYSTEM'), line: 5 },
    ]);
    expect(edges).toEqual([
      { from: 'consumer:src/reply.ts#reply', to: 'src/reply.ts#SYSTEM', kind: 'consumes', line: 3 },
    ]);
  });
});

describe('dedupeEdges and certainty', () => {
  it('keeps a merged edge possible when every flow is, with the distinct reasons sorted and joined', () => {
    expect(
      dedupeEdges([
        { from: 'c', to: 'p', kind: 'consumes', line: 7, certainty: 'possible', via: 'unknown callee send' },
        { from: 'c', to: 'p', kind: 'consumes', line: 2, certainty: 'possible', via: 'dynamic property' },
        { from: 'c', to: 'p', kind: 'consumes', line: 9, certainty: 'possible', via: 'dynamic property' },
      ]),
    ).toEqual([
      {
        from: 'c',
        to: 'p',
        kind: 'consumes',
        line: 2,
        certainty: 'possible',
        via: 'dynamic property; unknown callee send',
      },
    ]);
  });

  it('drops the possible marks when the earliest edge is possible but a later one is certain', () => {
    expect(
      dedupeEdges([
        { from: 'c', to: 'p', kind: 'consumes', line: 1, certainty: 'possible', via: 'dynamic property' },
        { from: 'c', to: 'p', kind: 'consumes', line: 8 },
      ]),
    ).toEqual([{ from: 'c', to: 'p', kind: 'consumes', line: 1 }]);
  });
});
