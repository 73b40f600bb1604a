import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { overlayFromImpact } from '../../src/query/map/overlay-from-impact.js';
import { computeImpact } from '../../src/query/impact/compute-impact.js';
import { consumerNode, edges, scanOf, textNode } from '../impact/hand-built.js';

/** `system.prompt` changes; `reply` sends it (traced), `ask` possibly (an interface nobody implements). */
const nodes = (text: string) => [
  textNode('system.prompt', text),
  consumerNode('consumer:src/reply.ts#reply'),
  consumerNode('consumer:src/ask.ts#ask'),
];
const graphEdges = [
  ...edges('consumer:src/reply.ts#reply -consumes-> system.prompt'),
  {
    from: 'consumer:src/ask.ts#ask',
    to: 'system.prompt',
    kind: 'consumes' as const,
    certainty: 'possible' as const,
    via: 'interface ModelClient.complete',
  },
];
const head = scanOf(nodes('Be short.'), graphEdges);
const result = computeImpact({ base: scanOf(nodes('Be brief.'), graphEdges), head, changedFiles: ['system.prompt'] });

describe('the map data of possible consumers', () => {
  it('marks the possible consumes edge by its index, with where the flow was lost', () => {
    const data = prepareMapData(head);
    const marked = Object.entries(data.possibleEdges ?? {}).map(([edge, via]) => {
      const [from, to] = data.edges[Number(edge)]!;
      return [data.nodes[from]!.id, data.nodes[to]!.id, via];
    });
    expect(marked).toEqual([['system.prompt', 'consumer:src/ask.ts#ask', 'interface ModelClient.complete']]);
  });

  it('leaves possibleEdges out of a map without any', () => {
    expect(
      'possibleEdges' in
        prepareMapData(scanOf(nodes('x'), edges('consumer:src/reply.ts#reply -consumes-> system.prompt'))),
    ).toBe(false);
  });

  it('overlays the possible consumer with its own status and counts it apart', () => {
    const data = prepareMapData(head, { overlay: overlayFromImpact(result) });
    const status = Object.fromEntries(data.nodes.map((node) => [node.id, node.status]));
    expect(status).toEqual({
      'consumer:src/ask.ts#ask': 'possible',
      'consumer:src/reply.ts#reply': 'affected',
      'system.prompt': 'changed',
    });
    expect(data.overlay).toEqual({ changed: 1, affected: 1, possible: 1, untouched: 0 });
    const change = (id: string) => data.nodes.find((node) => node.id === id)?.change;
    expect(change('consumer:src/ask.ts#ask')?.possibleVia).toEqual(['interface ModelClient.complete']);
    expect(change('consumer:src/reply.ts#reply')?.possibleVia).toBeUndefined();
  });
});
