import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMapHtml } from '../../src/render/render-map-html.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { ARTIFACTS, CHROMIUM, hasChromium, launchMapBrowser, type MapBrowser } from './chromium.js';

if (!hasChromium) console.warn(`browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, as .ci/run does)`);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

describe.skipIf(!hasChromium)('the map at 5,000 nodes and 15,000 edges', () => {
  let browser: MapBrowser;
  beforeAll(async () => {
    browser = await launchMapBrowser();
  });
  afterAll(async () => browser?.close());

  it('renders in seconds and pans at interactive frame times', async () => {
    const { syntheticScan } = await import('./synthetic-scan.js');
    const scan = syntheticScan(5000, 15000);
    expect(scan.nodes).toHaveLength(5000);
    expect(scan.edges).toHaveLength(15000);
    const html = renderMapHtml(scan, { viewer: await bundleViewer() });
    const map = await browser.open(html);
    const { page } = map;
    const firstRender = await page.evaluate(() => window.__promptgraph.firstRenderMs);

    // Pan with the mouse, as a user does: d3-zoom drags, one frame per move.
    await page.evaluate(() => window.__promptgraph.view.drawTimes.splice(0));
    const frames = await page.evaluate(async () => {
      const intervals: number[] = [];
      let last = performance.now();
      let stop = false;
      const tick = (now: number) => {
        intervals.push(now - last);
        last = now;
        if (!stop) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      (window as unknown as { stopFrames: () => number[] }).stopFrames = () => ((stop = true), intervals);
      return 0;
    });
    expect(frames).toBe(0);
    await page.mouse.move(700, 450);
    await page.mouse.down();
    for (let step = 1; step <= 60; step++) await page.mouse.move(700 - step * 6, 450 - step * 3);
    await page.mouse.up();
    const intervals = await page.evaluate(() => (window as unknown as { stopFrames: () => number[] }).stopFrames());
    const draws = await page.evaluate(() => [...window.__promptgraph.view.drawTimes]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-5000.png') });

    const figures = {
      firstRenderMs: Math.round(firstRender),
      panDrawMedianMs: +median(draws).toFixed(1),
      panDrawP95Ms: +percentile(draws, 0.95).toFixed(1),
      panFrameIntervalMedianMs: +median(intervals.slice(1)).toFixed(1),
      frames: draws.length,
    };
    console.log(`map at 5,000 nodes / 15,000 edges: ${JSON.stringify(figures)}`);
    expect(draws.length).toBeGreaterThan(10);
    expect(figures.firstRenderMs).toBeLessThan(8000);
    expect(figures.panDrawMedianMs).toBeLessThan(100);
    expect(map.errors).toEqual([]);
  });
});
