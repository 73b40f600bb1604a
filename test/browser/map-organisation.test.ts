import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { mergedOrg } from '../merge/org-fixture.js';
import { ARTIFACTS, describeInChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { drawnLabels, nodeOnScreen, settled } from './map-page.js';

describeInChromium('the map of a merged organisation graph', () => {
  let browser: MapBrowser;
  let html: string;
  beforeAll(async () => {
    const [launched, viewer, org] = await Promise.all([launchMapBrowser(), bundleViewer(), mergedOrg()]);
    browser = launched;
    html = renderMapHtml(prepareMapData(org), { viewer });
  });
  afterAll(async () => browser?.close());

  it('draws one lane per repository, each node in its repository’s lane, and links across lanes', async () => {
    const { page, errors } = await browser.open(html, { width: 1280, height: 800 });
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-organisation.png') });
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => window.__promptgraph.lanes())).toEqual(['prompt-kit', 'support-bot', 'triage']);
    const labels = (await drawnLabels(page)).map((label) => label.id);
    expect(labels).toContain('prompt-kit::src/persona.ts#PERSONA');
    expect(labels).toContain('triage::consumer:triage/classify.py#classify');
  });

  it("opens a cross-repository fragment's panel with its repository's file and its dependents in another repository", async () => {
    const { page } = await browser.open(html, { width: 1280, height: 800 });
    await settled(page);
    const persona = await nodeOnScreen(page, 'prompt-kit::src/persona.ts#PERSONA');
    await page.mouse.click(persona.x, persona.y);
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-organisation-persona.png') });
    await expect.poll(() => page.getByTestId('panel-dependents').textContent()).toContain('SUPPORT_SYSTEM');
    expect(await page.getByTestId('panel-location').textContent()).toBe('prompt-kit: src/persona.ts:2-3');
  });

  it('frames a clicked fragment with its dependents in other repository lanes beside the open panel, names their repositories and counts repositories', async () => {
    const { page, errors } = await browser.open(html, { width: 1280, height: 800 });
    await settled(page);
    expect(await page.getByTestId('header-counts').textContent()).toContain('3 repositories');
    const persona = await nodeOnScreen(page, 'prompt-kit::src/persona.ts#PERSONA');
    await page.mouse.click(persona.x, persona.y);
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-organisation-dependents.png') });
    expect(errors).toEqual([]);
    // Each dependent in another repository, where it is drawn (page coordinates).
    const elsewhere = await page.evaluate(() => {
      const hook = window.__promptgraph as unknown as {
        state(): { selected: number };
        data: { nodes: { id: string; repository?: number }[]; edges: [number, number][] };
        view: { screenPosition(node: number): { x: number; y: number } };
      };
      const selected = hook.state().selected;
      const own = hook.data.nodes[selected]!.repository;
      return hook.data.edges
        .filter(([from, to]) => from === selected && hook.data.nodes[to]!.repository !== own)
        .map(([, to]) => ({ id: hook.data.nodes[to]!.id, ...hook.view.screenPosition(to) }));
    });
    expect(elsewhere.map((dependent) => dependent.id.split('::')[0])).toContain('support-bot');
    const panel = (await page.getByTestId('panel').boundingBox())!;
    for (const dependent of elsewhere) {
      expect(dependent.x, dependent.id).toBeGreaterThan(0);
      expect(dependent.x, dependent.id).toBeLessThan(panel.x);
      expect(dependent.y, dependent.id).toBeGreaterThan(0);
      expect(dependent.y, dependent.id).toBeLessThan(800);
    }
    const listed = await page.getByTestId('panel-dependents').locator('.node-link').allTextContents();
    expect(listed.some((row) => row.includes('SUPPORT_SYSTEM') && row.endsWith('support-bot'))).toBe(true);
  });
});
