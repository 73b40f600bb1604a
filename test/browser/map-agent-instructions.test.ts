import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { scanFixture } from '../support/scan-fixture.js';
import { ARTIFACTS, describeInChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { nodeOnScreen, settled } from './map-page.js';

describeInChromium('agent instruction files on the map', () => {
  let browser: MapBrowser;
  let html: string;
  beforeAll(async () => {
    const [launched, viewer, result] = await Promise.all([
      launchMapBrowser(),
      bundleViewer(),
      scanFixture('adapters', 'agent-instructions'),
    ]);
    browser = launched;
    html = renderMapHtml(prepareMapData(result), { viewer });
  });
  afterAll(async () => browser?.close());

  it("shows a rule's tools and scope in its panel: the globs and how many files they match", async () => {
    const { page, errors } = await browser.open(html, {
      width: 1400,
      height: 860,
      hash: `node=${encodeURIComponent('.cursor/rules/typescript.mdc')}`,
    });
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-agent-rule.png') });
    expect(errors).toEqual([]);
    expect(await page.getByTestId('panel-read-by').textContent()).toContain('Cursor');
    expect(await page.getByTestId('panel-scope').textContent()).toContain('**/*.ts, packages/**/*.{ts,tsx} (2 files)');
  });

  it('draws each agent tool as a consumer of the instruction files it reads', async () => {
    const { page } = await browser.open(html, { width: 1400, height: 860 });
    await settled(page);
    const codex = await nodeOnScreen(page, 'agent:codex');
    await page.mouse.click(codex.x, codex.y);
    await settled(page);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-agent-codex.png') });
    await expect.poll(() => page.getByTestId('panel-dependencies').textContent()).toContain('AGENTS.override.md');
  });
});
