import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { indexGraph } from '../../viz/src/graph-index.js';
import { layeredLayout } from '../../viz/src/layout-layered.js';
import { laneGroups } from '../../viz/src/lane-groups.js';
import { scanFixture } from '../support/scan-fixture.js';
import { mergedOrg } from '../merge/org-fixture.js';

describe('layeredLayout', () => {
  it('puts fragments, prompts, consumers, then contracts and evals in columns left to right, and a lane per team', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const layout = layeredLayout(data, indexGraph(data));
    const x = (id: string) => layout.x[data.nodes.findIndex((node) => node.id === id)]!;
    expect(x('shared/prompts/_persona.prompt')).toBeLessThan(x('packages/support/prompts/reply.prompt'));
    expect(x('packages/support/prompts/reply.prompt')).toBeLessThan(
      x('consumer:packages/support/app/tickets.py#reply'),
    );
    expect(x('consumer:packages/support/app/tickets.py#reply')).toBeLessThan(x('contract:contracts/reply.yaml'));
    expect(layout.columns.map((column) => column.title)).toEqual([
      'Fragments',
      'Prompts',
      'Consumers',
      'Contracts & evals',
    ]);
    expect(layout.lanes.map((lane) => laneGroups(data).label(lane.group))).toEqual([
      '@acme/platform',
      '@acme/sales',
      '@acme/search',
      '@acme/support',
      'no owner',
    ]);
    const y = (id: string) => layout.y[data.nodes.findIndex((node) => node.id === id)]!;
    const support = layout.lanes[3]!;
    expect(y('packages/support/prompts/reply.prompt')).toBeGreaterThan(support.top);
    expect(y('packages/support/prompts/reply.prompt')).toBeLessThan(support.bottom);
  });

  it('gives hidden nodes no room: a team with nothing shown has no lane, an empty column no width', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const shown = Uint8Array.from(data.nodes, (node) =>
      node.kind !== 'consumer' && data.teams[node.team] !== '@acme/search' ? 1 : 0,
    );
    const layout = layeredLayout(data, indexGraph(data), shown);
    expect(layout.lanes.map((lane) => laneGroups(data).label(lane.group))).toEqual([
      '@acme/platform',
      '@acme/sales',
      '@acme/support',
      'no owner',
    ]);
    expect(layout.columns.map((column) => column.title)).toEqual(['Fragments', 'Prompts', 'Contracts & evals']);
  });

  it('draws one lane per repository of a merged organisation graph, shared nodes last, teams staying the outlines', async () => {
    const data = prepareMapData(await mergedOrg());
    const layout = layeredLayout(data, indexGraph(data));
    expect(layout.lanes.map((lane) => laneGroups(data).label(lane.group))).toEqual([
      'prompt-kit',
      'support-bot',
      'triage',
    ]);
    const lane = (id: string) => {
      const y = layout.y[data.nodes.findIndex((node) => node.id === id)]!;
      return layout.lanes.findIndex((candidate) => y > candidate.top && y < candidate.bottom);
    };
    expect(lane('support-bot::consumer:src/reply.ts#reply')).toBe(1);
    expect(lane('triage::triage/classify.py#CLASSIFIER')).toBe(2);
    expect(data.teams[data.nodes.find((node) => node.id === 'triage::triage/classify.py#CLASSIFIER')!.team]).toBe(
      '@acme/triage',
    );
  });
});
