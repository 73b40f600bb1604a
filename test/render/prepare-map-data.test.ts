import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/render/prepare-map-data.js';
import type { MapData } from '../../src/render/map-data.js';
import { scanFixture } from '../support/scan-fixture.js';

const mapNode = (data: MapData, id: string) => {
  const node = data.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no map node ${id}; nodes: ${data.nodes.map((candidate) => candidate.id).join(', ')}`);
  return node;
};
/** Edges as `dependency -kind-> dependent` strings. */
const edgeStrings = (data: MapData) => data.edges.map(([from, to, kind]) => `${data.nodes[from]!.id} -${data.edgeKinds[kind]}-> ${data.nodes[to]!.id}`).sort();

describe('prepareMapData', () => {
  it('draws teams as node outlines, not as nodes, and keeps every other node', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(data.nodes.map((node) => node.id)).toEqual([
      'contract:contracts/persona.yaml',
      'eval:contracts/persona.yaml#persona-tone',
      'prompts/_persona.prompt',
      'prompts/_safety.prompt',
      'prompts/_tone.prompt',
      'prompts/sales/outreach.prompt',
      'prompts/sales/summary.prompt',
      'prompts/support/reply.prompt',
      'prompts/support/triage.prompt',
    ]);
    expect(data.teams).toEqual(['@acme/platform', '@acme/sales', '@acme/support']);
    expect(data.teams[mapNode(data, 'prompts/support/reply.prompt').team]).toBe('@acme/support');
    expect(data.repo).toBe('render-map');
    expect(data.counts).toMatchObject({ nodes: 9, edges: 8, prompt: 4, fragment: 3, contract: 1, eval: 1, team: 3, consumer: 0 });
  });

  it('points every edge from the dependency to the dependent and drops ownership edges', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(edgeStrings(data)).toEqual([
      'prompts/_persona.prompt -evaluates-> eval:contracts/persona.yaml#persona-tone',
      'prompts/_persona.prompt -governs-> contract:contracts/persona.yaml',
      'prompts/_persona.prompt -includes-> prompts/sales/outreach.prompt',
      'prompts/_persona.prompt -includes-> prompts/support/reply.prompt',
      'prompts/_persona.prompt -includes-> prompts/support/triage.prompt',
      'prompts/_safety.prompt -includes-> prompts/_persona.prompt',
      'prompts/_tone.prompt -includes-> prompts/sales/outreach.prompt',
      'prompts/_tone.prompt -includes-> prompts/support/reply.prompt',
    ]);
  });

  it('sizes nodes by their direct dependents', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(mapNode(data, 'prompts/_persona.prompt').dependents).toBe(5);
    expect(mapNode(data, 'prompts/_tone.prompt').dependents).toBe(2);
    expect(mapNode(data, 'prompts/sales/summary.prompt').dependents).toBe(0);
  });

  it('labels nodes with the file basename and symbol, and keeps file and lines for the panel', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const evalNode = mapNode(data, 'eval:contracts/persona.yaml#persona-tone');
    expect(evalNode.label).toBe('persona.yaml#persona-tone');
    const reply = mapNode(data, 'prompts/support/reply.prompt');
    expect(reply).toMatchObject({ label: 'reply.prompt', kind: 'prompt', file: 'prompts/support/reply.prompt', lines: [1, 6], owners: ['@acme/support'], variables: ['customer', 'ticket'] });
  });

  it('embeds the composed text, includes expanded transitively', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const composed = mapNode(data, 'prompts/support/reply.prompt').composed!;
    expect(composed).toContain('You are Ada, the calm and precise assistant of Acme.');
    expect(composed).toContain('Never share customer data.');
    expect(composed).toContain('Answer in short, friendly sentences.');
    expect(composed).not.toContain('{{> persona}}');
    expect(mapNode(data, 'prompts/support/reply.prompt').text).toContain('{{> persona}}');
    expect(mapNode(data, 'contract:contracts/persona.yaml').composed).toBeUndefined();
  });

  it('gives a governed node its contract with invariants, evals and approvers', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(mapNode(data, 'prompts/_persona.prompt').contracts).toEqual([
      {
        id: 'contract:contracts/persona.yaml',
        file: 'contracts/persona.yaml',
        version: '2',
        owners: ['@acme/platform'],
        approvers: ['@ada'],
        invariants: ['Never promise refunds.', 'Always introduce yourself as Ada.'],
        evals: [{ name: 'persona-tone', scope: 'isolated', command: 'npx promptfoo eval -c evals/persona.yaml' }],
      },
    ]);
    expect(mapNode(data, 'prompts/support/reply.prompt').contracts).toEqual([]);
  });

  it('marks overlaid nodes changed or affected, ignores ids the graph lacks, and counts the rest as untouched', async () => {
    const data = prepareMapData(await scanFixture('render-map'), {
      overlay: { changed: ['prompts/_safety.prompt', 'prompts/removed.prompt'], affected: ['prompts/_persona.prompt', 'prompts/support/reply.prompt'] },
    });
    expect(data.nodes.filter((node) => node.status).map((node) => `${node.id} ${node.status}`)).toEqual([
      'prompts/_persona.prompt affected',
      'prompts/_safety.prompt changed',
      'prompts/support/reply.prompt affected',
    ]);
    expect(data.overlay).toEqual({ changed: 1, affected: 2, untouched: 6 });
    expect(data.focusOnChange).toBe(false);
  });

  it('has no overlay and no focus without a change', async () => {
    const data = prepareMapData(await scanFixture('render-map'), { focusOnChange: true });
    expect(data.overlay).toBeUndefined();
    expect(data.focusOnChange).toBe(false);
    expect(data.nodes.some((node) => node.status)).toBe(false);
  });
});
