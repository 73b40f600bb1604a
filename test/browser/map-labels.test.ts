import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MapData } from '../../src/model/map-data.js';
import { ARTIFACTS, describeInChromium, type MapBrowser } from './chromium.js';
import { loadDemoMap } from './map-fixture.js';
import { coloredPixelsIn, drawnLabels, drawnNodeBoxes, overlaps, settled } from './map-page.js';

/** The window sizes and views a reader meets: a laptop (1280×800) in both views, a wider screen. */
const VIEWS = [
  ['layered', 1280, 800],
  ['force', 1280, 800],
  ['layered', 1400, 860],
] as const;

describeInChromium('labels on the map', () => {
  let browser: MapBrowser;
  let html: string;
  let data: MapData;
  beforeAll(async () => {
    ({ browser, html, data } = await loadDemoMap());
  });
  afterAll(async () => browser?.close());

  const open = async (view: string, width: number, height: number, node?: string) => {
    const hash = [view === 'force' ? 'view=force' : '', node ? `node=${encodeURIComponent(node)}` : '']
      .filter(Boolean)
      .join('&');
    const map = await browser.open(html, { width, height, ...(hash ? { hash } : {}) });
    await settled(map.page);
    return map;
  };
  const idOf = (label: string) => data.nodes.find((node) => node.label === label)!.id;

  it.each(VIEWS)('labels every hub (two or more dependents) in the %s view at %d px', async (view, width, height) => {
    const hubs = data.nodes.filter((node) => node.dependents >= 2).map((node) => node.id);
    expect(hubs.length).toBeGreaterThanOrEqual(5);
    const { page } = await open(view, width, height);
    await page.screenshot({ path: path.join(ARTIFACTS, `map-${view}-${width}.png`) });
    const labelled = (await drawnLabels(page)).map((label) => label.id);
    expect(hubs.filter((id) => !labelled.includes(id))).toEqual([]);
  });

  it.each(VIEWS)(
    'labels every node of the small map in the %s view at %d px, a crowded one by its symbol alone',
    async (view, width, height) => {
      const { page } = await open(view, width, height);
      const labels = await drawnLabels(page);
      const labelled = new Set(labels.map((label) => label.id));
      expect(data.nodes.filter((node) => !labelled.has(node.id)).map((node) => node.label)).toEqual([]);
      // Each label is the node's full name, its symbol alone, or its name cut with an ellipsis.
      const drawnAs = labels.map((label) => {
        const full = data.nodes.find((node) => node.id === label.id)!.label;
        if (label.label === full) return 'full';
        if (label.label === full.slice(full.lastIndexOf('#') + 1)) return 'symbol';
        return label.label.endsWith('…') && full.startsWith(label.label.slice(0, -1))
          ? 'cut'
          : `not its name: ${label.label} for ${full}`;
      });
      expect(drawnAs.filter((how) => !['full', 'symbol', 'cut'].includes(how))).toEqual([]);
      // On the laptop's layered view the support team's ANSWER_RULES has room only for its symbol.
      if (view === 'layered' && width === 1280)
        expect(labels.find((label) => label.id === idOf('system-prompt.ts#ANSWER_RULES'))?.label).toBe('ANSWER_RULES');
    },
  );

  it.each(VIEWS)('fits the %s view at %d px with every label inside the canvas', async (view, width, height) => {
    const { page } = await open(view, width, height);
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    const labels = await drawnLabels(page);
    // The right-hand column's longest name, the one a fit by node centres cut off.
    expect(labels.map((label) => label.label)).toContain('persona.yaml#support-chat-conversations');
    const outside = labels
      .filter(({ box }) => box[0] < 0 || box[1] < 0 || box[2] > canvas.width || box[3] > canvas.height)
      .map((label) => label.label);
    expect(outside).toEqual([]);
  });

  // The reviewer's case: the selected classifier's label lay over the consumer it feeds.
  it.each([
    ['layered', 'CLASSIFIER_SYSTEM'],
    ['force', 'CLASSIFIER_SYSTEM'],
    ['layered', ''],
    ['force', ''],
  ])('covers no other node with a label in the %s view (selected: %s)', async (view, selected) => {
    const { page } = await open(view, 1280, 800, selected ? idOf(`classifier.ts#${selected}`) : undefined);
    const labels = await drawnLabels(page);
    const nodes = await drawnNodeBoxes(page);
    expect(labels.length).toBeGreaterThan(selected ? 3 : 10);
    expect(overlaps(labels)).toEqual([]);
    const covered = labels.flatMap((label) =>
      nodes
        .filter((node) => node.id !== label.id && intersects(label.box, node.box))
        .map((node) => `${label.label} covers ${node.id}`),
    );
    expect(covered).toEqual([]);
  });

  // Seen with the persona selected: classifyTicket's name, pushed left, ended at the classifier's node and read as its label.
  it.each([
    ['layered', 1400, 860, 'persona.ts#PERSONA'],
    ['layered', 1280, 800, 'persona.ts#PERSONA'],
    ['force', 1280, 800, ''],
  ] as const)(
    'ends no label beside another node in the %s view at %d×%d px (selected: %s)',
    async (view, width, height, selected) => {
      const { page } = await open(view, width, height, selected ? idOf(selected) : undefined);
      const labels = await drawnLabels(page);
      const nodes = await drawnNodeBoxes(page);
      const hubs = new Set(
        data.nodes.filter((node) => node.dependents >= 2 || node.label === selected).map((node) => node.id),
      );
      const beside = labels
        .filter((label) => !hubs.has(label.id))
        .flatMap((label) =>
          nodes
            .filter(
              (node) =>
                node.id !== label.id &&
                intersects([label.box[0] - 6, label.box[1], label.box[2] + 6, label.box[3]], node.box),
            )
            .map((node) => `${label.label} ends at ${node.id}`),
        );
      expect(labels.length).toBeGreaterThan(5);
      expect(beside).toEqual([]);
    },
  );

  // Highlighted edges are saturated pink and blue; label text is grey or white on a dark ground.
  it('draws edges under labels, not through their text', async () => {
    const { page } = await open('layered', 1280, 800, idOf('classifier.ts#CLASSIFIER_SYSTEM'));
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-classifier-selected.png') });
    const labels = await drawnLabels(page);
    const struck: string[] = [];
    for (const label of labels) if ((await coloredPixelsIn(page, label.box)) > 0) struck.push(label.label);
    expect(labels.map((label) => label.label)).toContain('classifier.ts#CLASSIFIER_SYSTEM');
    expect(struck).toEqual([]);
  });
});

const intersects = (a: number[], b: number[]) => a[0]! < b[2]! && a[2]! > b[0]! && a[1]! < b[3]! && a[3]! > b[1]!;
