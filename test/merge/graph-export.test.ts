import { MultiDirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { formatGraphGexf } from '../../src/output/report/graph-gexf.js';
import { formatGraphGraphml } from '../../src/output/report/graph-graphml.js';
import { mergedOrg } from './org-fixture.js';

const REPLY = 'support-bot::consumer:src/reply.ts#reply';

describe('graph exports', () => {
  it('GraphML reads back through graphology-graphml with every node, edge and attribute', async () => {
    const org = await mergedOrg();
    const graph = parseGraphml(MultiDirectedGraph, formatGraphGraphml(org));
    expect(graph.order).toBe(org.nodes.length);
    expect(graph.size).toBe(org.edges.length);
    expect(graph.getNodeAttributes(REPLY)).toMatchObject({
      label: 'reply',
      kind: 'consumer',
      repository: 'support-bot',
      file: 'src/reply.ts',
      owners: '@acme/support',
    });
    const link = graph.findEdge((_key, attributes) => attributes.package === '@acme/prompt-kit@2.1.0');
    expect(graph.extremities(link!)).toEqual([
      'support-bot::src/reply.ts#SUPPORT_SYSTEM',
      'prompt-kit::src/persona.ts#PERSONA',
    ]);
  });

  it('GEXF reads back through graphology-gexf, labels and attributes included', async () => {
    const org = await mergedOrg();
    const graph = parseGexf(MultiDirectedGraph, formatGraphGexf(org));
    expect(graph.order).toBe(org.nodes.length);
    expect(graph.size).toBe(org.edges.length);
    expect(graph.getNodeAttributes(REPLY)).toMatchObject({
      label: 'reply',
      kind: 'consumer',
      repository: 'support-bot',
    });
  });

  it('escapes what XML cannot hold as written, and writes the same bytes for the same graph', async () => {
    const org = await mergedOrg();
    const hostile = {
      ...org,
      nodes: org.nodes.map((node) => (node.id === REPLY ? { ...node, symbol: 'a<b & "c"\u0001' } : node)),
    };
    const graphml = formatGraphGraphml(hostile);
    expect(graphml).toContain('<data key="n_label">a&lt;b &amp; &quot;c&quot;</data>');
    expect(parseGraphml(MultiDirectedGraph, graphml).getNodeAttribute(REPLY, 'label')).toBe('a<b & "c"');
    expect(formatGraphGexf(org)).toBe(formatGraphGexf(await mergedOrg()));
  });
});
