import { describe, expect, it } from 'vitest';
import { findAffected } from '../../src/query/impact/find-affected.js';
import { impactGraphs } from '../../src/query/impact/impact-graphs.js';
import { consumerNode, edges, scanOf, textNode } from './hand-built.js';

const nodes = [
  textNode('_persona.prompt', 'Ada', { kind: 'fragment' }),
  textNode('reply.prompt', '[[_persona.prompt]]'),
  consumerNode('consumer:app.ts#reply'),
  textNode('planner.prompt', 'plan'),
  textNode('verifier.prompt', 'verify'),
];
const graphEdges = edges(
  'reply.prompt -includes-> _persona.prompt',
  'consumer:app.ts#reply -consumes-> reply.prompt',
  'planner.prompt -feeds-> verifier.prompt',
);

describe('findAffected', () => {
  it('reaches every consumer of every prompt including a changed fragment, with distance and path', () => {
    const graphs = impactGraphs({ head: scanOf(nodes, graphEdges) });
    expect(findAffected(graphs, [{ id: '_persona.prompt', status: 'modified' }])).toEqual([
      { id: 'reply.prompt', distance: 1, path: ['_persona.prompt', 'reply.prompt'], via: 'includes' },
      {
        id: 'consumer:app.ts#reply',
        distance: 2,
        path: ['_persona.prompt', 'reply.prompt', 'consumer:app.ts#reply'],
        via: 'consumes',
      },
    ]);
  });

  it('follows feeds forward: a planner change reaches the verifier that reads its output', () => {
    const graphs = impactGraphs({ head: scanOf(nodes, graphEdges) });
    expect(findAffected(graphs, [{ id: 'planner.prompt', status: 'modified' }])).toEqual([
      { id: 'verifier.prompt', distance: 1, path: ['planner.prompt', 'verifier.prompt'], via: 'feeds' },
    ]);
  });

  it('finds the dependents of a removed node in the base graph', () => {
    const base = scanOf(nodes, graphEdges);
    const head = scanOf(
      nodes.filter((node) => node.id !== '_persona.prompt'),
      graphEdges.filter((edge) => edge.to !== '_persona.prompt'),
    );
    const reached = findAffected(impactGraphs({ base, head }), [{ id: '_persona.prompt', status: 'removed' }]);
    expect(reached.map((reach) => reach.id)).toEqual(['reply.prompt', 'consumer:app.ts#reply']);
  });

  it('does not list a changed node as affected by another changed node', () => {
    const graphs = impactGraphs({ head: scanOf(nodes, graphEdges) });
    const reached = findAffected(graphs, [
      { id: '_persona.prompt', status: 'modified' },
      { id: 'reply.prompt', status: 'modified' },
    ]);
    expect(reached.map((reach) => `${reach.id}@${reach.distance}`)).toEqual(['consumer:app.ts#reply@1']);
  });
});
