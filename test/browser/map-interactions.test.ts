import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { impact } from '../../src/impact/impact.js';
import { overlayFromImpact } from '../../src/render/overlay-from-impact.js';
import { renderMapHtml } from '../../src/render/render-map-html.js';
import { scan } from '../../src/scan/scan.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { fixturePath } from '../support/scan-fixture.js';
import { ARTIFACTS, CHROMIUM, hasChromium, launchMapBrowser, type MapBrowser } from './chromium.js';
import { listTexts, nodeOnScreen, selectedId, visibleIds } from './map-page.js';

if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, as .ci/run does)`);

const FIXTURE = fixturePath('render-map');
const PERSONA = 'prompts/_persona.prompt';

describe.skipIf(!hasChromium)('the map in Chromium', () => {
  let browser: MapBrowser;
  let viewer: { script: string; style: string };
  beforeAll(async () => {
    [browser, viewer] = await Promise.all([launchMapBrowser(), bundleViewer()]);
  });
  afterAll(async () => browser?.close());

  it('finds the shared persona by search and shows its owners, contract and dependents', async () => {
    const map = await browser.open(renderMapHtml(await scan(FIXTURE), { viewer }));
    const { page } = map;
    await page.keyboard.press('/');
    await page.keyboard.type('persona');
    expect(await page.getByTestId('search-results').locator('li .result-label').allTextContents()).toEqual(['_persona.prompt', 'persona.yaml', 'persona.yaml#persona-tone']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');

    expect(await selectedId(page)).toBe(PERSONA);
    expect(await page.getByTestId('panel-title').textContent()).toBe('_persona.prompt');
    expect(await page.getByTestId('panel-location').textContent()).toBe('prompts/_persona.prompt:1-2');
    expect(await page.getByTestId('panel-owners').locator('.chip').allTextContents()).toEqual(['@acme/platform']);
    expect(await listTexts(page, 'panel-dependents')).toEqual(['outreach.prompt', 'persona.yaml', 'persona.yaml#persona-tone', 'reply.prompt', 'triage.prompt']);
    expect(await listTexts(page, 'panel-dependencies')).toEqual(['_safety.prompt']);
    expect(await page.getByTestId('panel-contract').locator('.invariants li').allTextContents()).toEqual(['Never promise refunds.', 'Always introduce yourself as Ada.']);
    expect(await page.getByTestId('panel-composed').textContent()).toContain('Never share customer data.');
    expect(new URL(page.url()).hash).toBe(`#node=${encodeURIComponent(PERSONA)}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-persona-selected.png') });
    expect(map.errors).toEqual([]);
  });

  it('follows a dependent from the panel and selects a node clicked on the canvas', async () => {
    const { page } = await browser.open(renderMapHtml(await scan(FIXTURE), { viewer }), { hash: `node=${encodeURIComponent(PERSONA)}` });
    await page.getByTestId('panel-dependents').getByText('reply.prompt').click();
    expect(await selectedId(page)).toBe('prompts/support/reply.prompt');
    expect(await page.getByTestId('panel-title').textContent()).toBe('reply.prompt');

    const point = await nodeOnScreen(page, 'prompts/sales/summary.prompt');
    await page.mouse.click(point.x, point.y);
    expect(await selectedId(page)).toBe('prompts/sales/summary.prompt');
    await page.keyboard.press('Escape');
    expect(await selectedId(page)).toBeUndefined();
    expect(await page.getByTestId('panel').isHidden()).toBe(true);
  });

  it('filters by kind and team, and the URL hash reopens the same selection and filters', async () => {
    const first = await browser.open(renderMapHtml(await scan(FIXTURE), { viewer }));
    await first.page.getByTestId('filter-kind-eval').uncheck();
    await first.page.getByTestId('filter-team-@acme/sales').uncheck();
    expect(await visibleIds(first.page)).not.toContain('eval:contracts/persona.yaml#persona-tone');
    expect(await visibleIds(first.page)).not.toContain('prompts/sales/outreach.prompt');
    await first.page.getByTestId('view-force').click();
    await first.page.keyboard.press('/');
    await first.page.keyboard.type('tone');
    await first.page.keyboard.press('Enter');
    const hash = new URL(first.page.url()).hash.slice(1);

    const reopened = await browser.open(renderMapHtml(await scan(FIXTURE), { viewer }), { hash });
    const page = reopened.page;
    expect(await selectedId(page)).toBe('prompts/_tone.prompt');
    expect(await page.getByTestId('filter-kind-eval').isChecked()).toBe(false);
    expect(await page.getByTestId('filter-team-@acme/sales').isChecked()).toBe(false);
    expect(await page.getByTestId('view-force').getAttribute('class')).toBe('active');
    expect((await visibleIds(page)).sort()).toEqual([
      'contract:contracts/persona.yaml',
      'prompts/_persona.prompt',
      'prompts/_safety.prompt',
      'prompts/_tone.prompt',
      'prompts/support/reply.prompt',
      'prompts/support/triage.prompt',
    ]);
  });

  it('overlays a change: changed, affected and untouched nodes with their counts', async () => {
    const result = await impact(FIXTURE, { files: ['prompts/_safety.prompt'] });
    const { page } = await browser.open(renderMapHtml(await scan(FIXTURE), { viewer, overlay: overlayFromImpact(result) }));
    expect(await page.getByTestId('overlay-changed').textContent()).toBe('changed1');
    expect(await page.getByTestId('overlay-affected').textContent()).toBe('affected4');
    expect(await page.getByTestId('overlay-untouched').textContent()).toBe('untouched4');
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-overlay.png') });

    await page.getByTestId('filter-only-impacted').check();
    expect(await visibleIds(page)).not.toContain('prompts/sales/summary.prompt');
    expect((await visibleIds(page)).sort()).toEqual(['prompts/_persona.prompt', 'prompts/_safety.prompt', 'prompts/sales/outreach.prompt', 'prompts/support/reply.prompt', 'prompts/support/triage.prompt']);
    expect(new URL(page.url()).hash).toBe('#only=1');
    await page.getByTestId('filter-overlay').uncheck();
    expect(await visibleIds(page)).toContain('prompts/sales/summary.prompt');
  });
});
