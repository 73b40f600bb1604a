import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { searchNodes } from '../../viz/src/search.js';
import { scanFixture } from '../support/scan-fixture.js';

describe('searchNodes', () => {
  it('ranks the node named exactly first (a partial is named without its underscore), then by label, then by owner', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const labels = (query: string) => searchNodes(data, query).map((node) => data.nodes[node]!.label);
    expect(labels('persona')).toEqual([
      '_persona.prompt',
      'persona.yaml',
      'persona.yaml#pipeline',
      'persona.yaml#tone',
    ]);
    expect(labels('REPLY')[0]).toBe('reply.prompt');
    expect(labels('@acme/search')).toEqual(['answer.py#ANSWER_SYSTEM', 'answer.py#CITATIONS', 'answer.py#answer']);
    expect(labels('   ')).toEqual([]);
  });
});
