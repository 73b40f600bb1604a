import { afterAll, beforeAll, expect, it } from 'vitest';
import type { MapData } from '../../src/model/map-data.js';
import { describeInChromium, type MapBrowser } from './chromium.js';
import { loadDemoMap, neighbourLabels, sharedPersona } from './map-fixture.js';
import { drawnLabels, drawnNodeBoxes, selectedId, settled } from './map-page.js';

describeInChromium('what the map frames', () => {
  let browser: MapBrowser;
  let html: string;
  let data: MapData;
  beforeAll(async () => {
    ({ browser, html, data } = await loadDemoMap());
  });
  afterAll(async () => browser?.close());

  it('brings the node a changed URL hash names into view with its neighbours, as a search pick does', async () => {
    const persona = sharedPersona(data);
    const far = data.nodes.find(
      (node) =>
        node.kind === 'eval' &&
        !neighbourLabels(data, persona.id, 'dependents').includes(node.label) &&
        node.team !== persona.team,
    )!;
    const { page } = await browser.open(html, { width: 1280, height: 800 });
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    const inside = (point: { x: number; y: number }) =>
      point.x > canvas.x &&
      point.x < canvas.x + canvas.width &&
      point.y > canvas.y &&
      point.y < canvas.y + canvas.height;
    const where = (id: string) =>
      page.evaluate((nodeId) => window.__promptgraph.view.screenPosition(window.__promptgraph.nodeIndex(nodeId)), id);
    for (let step = 0; step < 4; step++) await page.keyboard.press('+');
    await page.evaluate((id) => window.__promptgraph.view.centerOn(window.__promptgraph.nodeIndex(id), false), far.id);
    await settled(page);
    expect(inside(await where(persona.id))).toBe(false);

    await page.evaluate((id) => (location.hash = `node=${encodeURIComponent(id)}`), persona.id);
    await page.waitForFunction(
      (id) => window.__promptgraph.state().selected === window.__promptgraph.nodeIndex(id),
      persona.id,
    );
    await settled(page);
    expect(await selectedId(page)).toBe(persona.id);
    const neighbours = data.edges
      .flatMap(([from, to]) =>
        data.nodes[from]!.id === persona.id ? [to] : data.nodes[to]!.id === persona.id ? [from] : [],
      )
      .map((node) => data.nodes[node]!.id);
    expect(neighbours.length).toBeGreaterThanOrEqual(3);
    const offScreen = [];
    for (const id of [persona.id, ...neighbours]) if (!inside(await where(id))) offScreen.push(id);
    expect(offScreen).toEqual([]);
  });

  it('centres the settled force layout, labels included', async () => {
    const { page } = await browser.open(html, { width: 1280, height: 800, hash: 'view=force' });
    await settled(page);
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    const boxes = [...(await drawnLabels(page)), ...(await drawnNodeBoxes(page))].map((item) => item.box);
    const left = Math.min(...boxes.map((box) => box[0]));
    const right = canvas.width - Math.max(...boxes.map((box) => box[2]));
    const top = Math.min(...boxes.map((box) => box[1]));
    const bottom = canvas.height - Math.max(...boxes.map((box) => box[3]));
    expect(Math.min(left, right, top, bottom)).toBeGreaterThan(0);
    expect(Math.abs(left - right)).toBeLessThan(40);
    expect(Math.abs(top - bottom)).toBeLessThan(40);
  });
});
