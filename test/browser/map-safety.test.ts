import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { scan } from '../../src/build/scan.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { fixturePath } from '../support/scan-fixture.js';
import { ARTIFACTS, describeInChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { drawnLabels, nodeOnScreen, selectedId, settled } from './map-page.js';

const EVIL = 'prompts/_evil.prompt';
const HOSTILE_FILE = 'prompts/<img src=x onerror=alert(1)>.prompt';
const HOSTILE_REMOTE = 'remote:langfuse/</script><script>alert(1)</script>';

describeInChromium('prompt text is data in the map', () => {
  let browser: MapBrowser;
  beforeAll(async () => {
    browser = await launchMapBrowser();
  });
  afterAll(async () => browser?.close());

  it('shows script, markup and ${} in prompts, names and file names as text; nothing runs and nothing is requested', async () => {
    const result = await scan(fixturePath('render-hostile'));
    const raw = result.nodes.find((node) => node.id === EVIL)!.text!;
    expect(raw).toContain('</script><script>window.__pwned = true; alert(1)</script>');
    expect(raw).toContain('<img src=x onerror="window.__pwned = true; alert(1)">');
    expect(raw).toContain('${globalThis.__pwned = true}');
    const map = await browser.open(
      renderMapHtml(prepareMapData(result, { overlay: { changed: [EVIL], affected: [HOSTILE_FILE] } }), {
        viewer: await bundleViewer(),
      }),
    );
    const { page } = map;

    // In the graph: node names are written on the canvas as the characters they are.
    await settled(page);
    const labels = (await drawnLabels(page)).map((label) => label.label);
    expect(labels).toContain('<img src=x onerror=alert(1)>.prompt');
    expect(labels).toContain('langfuse/</script><script>alert(1)</script>');

    // In the panel, selected through the canvas and through search.
    const point = await nodeOnScreen(page, EVIL);
    await page.mouse.click(point.x, point.y);
    expect(await selectedId(page)).toBe(EVIL);
    // Composed as Dotprompt renders it (trimmed, the triple-stash variable a marker), the markup still characters.
    expect(await page.getByTestId('panel-composed').textContent()).toBe(raw.trim().replace('{{{raw}}}', '{{raw}}'));
    await page.keyboard.press('/');
    await page.keyboard.type('onerror');
    await page.keyboard.press('Enter');
    expect(await selectedId(page)).toBe(HOSTILE_FILE);
    expect(await page.getByTestId('panel-title').textContent()).toBe('<img src=x onerror=alert(1)>.prompt');
    expect(await page.getByTestId('panel-composed').textContent()).toContain('</script><script>');
    expect(await page.getByTestId('panel-dependencies').textContent()).toContain('_evil.prompt');
    await page.getByTestId('panel-close').click();
    await page.keyboard.press('/');
    await page.keyboard.type('alert');
    expect(await page.getByTestId('search-results').locator('.result-label').allTextContents()).toContain(
      'langfuse/</script><script>alert(1)</script>',
    );
    await page.keyboard.press('Escape');
    await page.evaluate(
      (id) => window.__promptgraph.view.centerOn(window.__promptgraph.nodeIndex(id), false),
      HOSTILE_REMOTE,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-hostile.png') });

    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(map.dialogs).toEqual([]);
    expect(map.requests).toEqual([]);
    expect(map.errors).toEqual([]);
  });
});
