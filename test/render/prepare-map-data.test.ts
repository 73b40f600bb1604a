import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { overlayFromImpact } from '../../src/query/map/overlay-from-impact.js';
import type { MapData } from '../../src/model/map-data.js';
import { ImpactResultSchema } from '../../src/model/schema/impact-result.js';
import { fixturePath, scanFixture } from '../support/scan-fixture.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { scan } from '../../src/build/scan.js';

const PERSONA = 'shared/prompts/_persona.prompt';
const REPLY = 'packages/support/prompts/reply.prompt';

const mapNode = (data: MapData, id: string) => {
  const node = data.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no map node ${id}; nodes: ${data.nodes.map((candidate) => candidate.id).join(', ')}`);
  return node;
};
/** Edges as `dependency -kind-> dependent` strings. */
const edgeStrings = (data: MapData) =>
  data.edges
    .map(([from, to, kind]) => `${data.nodes[from]!.id} -${data.edgeKinds[kind]}-> ${data.nodes[to]!.id}`)
    .sort();
const marked = (data: MapData) => data.nodes.filter((node) => node.status).map((node) => `${node.id} ${node.status}`);

describe('prepareMapData', () => {
  it("types each owner as a team or a user, as the scan's owner nodes say", async () => {
    const scanned = await scan(
      memoryFileSource('repo', {
        '.github/CODEOWNERS': 'prompts/a.prompt @acme/docs\nprompts/b.prompt @alice docs@example.com\n',
        'prompts/a.prompt': 'A',
        'prompts/b.prompt': 'B',
      }),
    );
    const data = prepareMapData(scanned);
    expect(data.teams.map((team, index) => [team, data.ownerTypes[index]])).toEqual([
      ['@acme/docs', 'team'],
      ['@alice', 'user'],
      ['docs@example.com', 'user'],
    ]);
  });

  it('draws teams as node outlines, not as nodes, and keeps every other node', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(data.nodes.some((node) => node.kind === 'team')).toBe(false);
    expect(data.teams).toEqual(['@acme/platform', '@acme/sales', '@acme/search', '@acme/support']);
    expect(data.teams[mapNode(data, REPLY).team]).toBe('@acme/support');
    expect(mapNode(data, 'tools/prompts/release-notes.md').team).toBe(-1);
    expect(data.repo).toBe('render-map');
    expect(data.counts).toEqual({
      nodes: 20,
      edges: 18,
      prompt: 6,
      fragment: 4,
      consumer: 5,
      contract: 2,
      eval: 3,
      team: 4,
    });
  });

  it('points every edge from the dependency to the dependent and drops ownership edges', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(edgeStrings(data).filter((edge) => edge.startsWith('shared/') || edge.includes('-feeds->'))).toEqual([
      'packages/support/prompts/triage.prompt -feeds-> packages/support/prompts/reply.prompt',
      'shared/prompts/_persona.prompt -evaluates-> eval:contracts/persona.yaml#pipeline',
      'shared/prompts/_persona.prompt -evaluates-> eval:contracts/persona.yaml#tone',
      'shared/prompts/_persona.prompt -governs-> contract:contracts/persona.yaml',
      'shared/prompts/_persona.prompt -includes-> packages/sales/prompts/outreach.prompt',
      'shared/prompts/_persona.prompt -includes-> packages/support/prompts/reply.prompt',
      'shared/prompts/_persona.prompt -includes-> packages/support/prompts/triage.prompt',
      'shared/prompts/_safety.prompt -includes-> shared/prompts/_persona.prompt',
      'shared/prompts/_tone.prompt -includes-> packages/sales/prompts/outreach.prompt',
      'shared/prompts/_tone.prompt -includes-> packages/support/prompts/reply.prompt',
    ]);
    expect(edgeStrings(data)).toContain(
      'packages/support/prompts/reply.prompt -consumes-> consumer:packages/support/app/tickets.py#reply',
    );
    expect(data.edgeKinds).not.toContain('owns');
  });

  it('sizes nodes by their direct dependents', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(mapNode(data, PERSONA).dependents).toBe(6);
    expect(mapNode(data, 'shared/prompts/_tone.prompt').dependents).toBe(2);
    expect(mapNode(data, 'consumer:packages/sales/app/outreach.py#summarise').dependents).toBe(0);
  });

  it('labels nodes with the file basename and symbol, and keeps file and lines for the panel', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(mapNode(data, 'eval:contracts/persona.yaml#tone').label).toBe('persona.yaml#tone');
    expect(mapNode(data, 'consumer:packages/support/app/tickets.py#triage')).toMatchObject({
      label: 'tickets.py#triage',
      file: 'packages/support/app/tickets.py',
      lines: [13, 15],
    });
    expect(mapNode(data, REPLY)).toMatchObject({
      label: 'reply.prompt',
      kind: 'prompt',
      file: REPLY,
      lines: [1, 6],
      owners: ['@acme/support'],
      variables: ['customer', 'ticket'],
    });
  });

  it('embeds the composed text, includes expanded transitively', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    const reply = mapNode(data, REPLY);
    expect(reply.composed).toContain('You are Ada, the calm and precise assistant of Acme.');
    expect(reply.composed).toContain('Never share customer data.');
    expect(reply.composed).toContain('Answer in short, friendly sentences.');
    expect(reply.composed).not.toContain('{{>');
    expect(reply.text).toContain('{{> shared/prompts/persona}}');
    expect(mapNode(data, 'contract:contracts/persona.yaml').composed).toBeUndefined();
  });

  it('gives a governed node its contract with approvers, invariants, evals and output', async () => {
    const data = prepareMapData(await scanFixture('render-map'));
    expect(mapNode(data, PERSONA).contracts).toEqual([
      {
        id: 'contract:contracts/persona.yaml',
        file: 'contracts/persona.yaml',
        version: '2',
        owners: ['@acme/platform'],
        approvers: ['@acme/platform ×2', '@ada'],
        downstreamApproval: 'notify',
        invariants: ['Never promise refunds.', 'Always introduce yourself as Ada.'],
        evals: [
          { name: 'tone', scope: 'isolated', command: 'npm run eval:tone' },
          { name: 'pipeline', scope: 'composed', command: 'npm run eval:pipe' },
        ],
      },
    ]);
    expect(
      mapNode(data, REPLY).contracts.map((contract) => [contract.id, contract.output, contract.downstreamApproval]),
    ).toEqual([['contract:contracts/reply.yaml', 'markdown', 'none']]);
    expect(mapNode(data, 'packages/sales/prompts/summary.prompt').contracts).toEqual([]);
  });

  it('marks overlaid nodes changed or affected, ignores ids the graph lacks, and counts the rest as untouched', async () => {
    const data = prepareMapData(await scanFixture('render-map'), {
      overlay: { changed: ['shared/prompts/_safety.prompt', 'prompts/removed.prompt'], affected: [PERSONA, REPLY] },
    });
    expect(marked(data)).toEqual([`${REPLY} affected`, `${PERSONA} affected`, 'shared/prompts/_safety.prompt changed']);
    expect(data.overlay).toEqual({ changed: 1, affected: 2, untouched: 17 });
    expect(data.focusOnChange).toBe(false);
  });

  it('overlays a saved impact result by node id', async () => {
    const saved = ImpactResultSchema.parse(JSON.parse(readFileSync(fixturePath('impact/persona-change.json'), 'utf8')));
    const data = prepareMapData(await scanFixture('render-map'), {
      overlay: overlayFromImpact(saved),
      focusOnChange: true,
    });
    expect(marked(data)).toEqual([`${REPLY} affected`, `${PERSONA} changed`]);
    expect(data.overlay).toEqual({ changed: 1, affected: 1, untouched: 18 });
    expect(data.focusOnChange).toBe(true);
  });

  it('has no overlay and no focus without a change', async () => {
    const data = prepareMapData(await scanFixture('render-map'), { focusOnChange: true });
    expect(data.overlay).toBeUndefined();
    expect(data.focusOnChange).toBe(false);
    expect(data.nodes.some((node) => node.status)).toBe(false);
  });

  it('gives agent instruction files the tools that read them and their scope, for the panel', async () => {
    const data = prepareMapData(await scanFixture('adapters', 'agent-instructions'));
    expect(mapNode(data, '.cursor/rules/typescript.mdc')).toMatchObject({
      readBy: ['Cursor'],
      scope: { always: false, globs: ['**/*.ts', 'packages/**/*.{ts,tsx}'], files: 2 },
    });
    expect(mapNode(data, 'AGENTS.md').readBy).toEqual(['OpenAI Codex', 'GitHub Copilot', 'Cursor', 'Windsurf']);
    expect(mapNode(data, 'agent:codex')).toMatchObject({ kind: 'consumer', file: '', label: 'OpenAI Codex' });
  });
});
