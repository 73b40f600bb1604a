import type { Page } from 'playwright-core';

/** What the viewer exposes on `window.__promptgraph` (viz/src/test-hook.ts). */
interface Hook {
  ready: boolean;
  firstRenderMs: number;
  data: { nodes: { id: string }[] };
  nodeIndex(id: string): number;
  visibleIds(): string[];
  labels(): { id: string; label: string; box: [number, number, number, number] }[];
  nodeBoxes(): { id: string; box: [number, number, number, number] }[];
  lanes(): string[];
  mark(id: string): 'normal' | 'dim' | 'upstream' | 'downstream' | 'selected';
  colorOf(id: string): string;
  idle(): boolean;
  settling(): boolean;
  state(): { selected: number; overlay: boolean; onlyImpacted: boolean; view: string };
  view: {
    screenPosition(node: number): { x: number; y: number };
    drawTimes: number[];
    centerOn(node: number, animate?: boolean): void;
    transform(): { x: number; y: number; k: number };
  };
}
declare global {
  interface Window {
    __promptgraph: Hook;
  }
}

export const visibleIds = (page: Page) => page.evaluate(() => window.__promptgraph.visibleIds());
export const selectedId = (page: Page) =>
  page.evaluate(() => {
    const hook = window.__promptgraph;
    const selected = hook.state().selected;
    return selected < 0 ? undefined : hook.data.nodes[selected]!.id;
  });

/** Resolves once nothing moves: no pending frame, zoom transition or force layout. */
export const settled = (page: Page) =>
  page.waitForFunction(() => window.__promptgraph.idle(), undefined, { timeout: 10_000 });

/** Where a node is drawn, in page coordinates, after centring it (so it is on screen). */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.evaluate(
    (nodeId) => window.__promptgraph.view.centerOn(window.__promptgraph.nodeIndex(nodeId), false),
    id,
  );
  await settled(page);
  return page.evaluate(
    (nodeId) => window.__promptgraph.view.screenPosition(window.__promptgraph.nodeIndex(nodeId)),
    id,
  );
}

/** The labels drawn in the last frame. */
export const drawnLabels = (page: Page) => page.evaluate(() => window.__promptgraph.labels());
/** The colour at the centre of a node, after the next frame. */
export const colorOf = async (page: Page, id: string) => {
  await settled(page);
  return page.evaluate((nodeId) => window.__promptgraph.colorOf(nodeId), id);
};
/** The screen boxes of the node shapes drawn in the last frame. */
export const drawnNodeBoxes = (page: Page) => page.evaluate(() => window.__promptgraph.nodeBoxes());

/**
 * How many pixels inside a canvas box are strongly coloured (channels far
 * apart): highlight, status and kind colours are; label text, its ground and
 * the lane tints are greys.
 */
export const coloredPixelsIn = (page: Page, box: number[]) =>
  page.evaluate(([x0, y0, x1, y1]) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="map-canvas"]')!;
    const ratio = canvas.width / canvas.clientWidth;
    const left = Math.ceil(x0! * ratio),
      top = Math.ceil(y0! * ratio);
    const width = Math.floor(x1! * ratio) - left,
      height = Math.floor(y1! * ratio) - top;
    if (width <= 0 || height <= 0) return 0;
    const pixels = canvas.getContext('2d')!.getImageData(left, top, width, height).data;
    let colored = 0;
    for (let at = 0; at < pixels.length; at += 4) {
      const channels = [pixels[at]!, pixels[at + 1]!, pixels[at + 2]!];
      if (Math.max(...channels) - Math.min(...channels) > 0x50) colored++;
    }
    return colored;
  }, box);

export const markOf = (page: Page, id: string) => page.evaluate((nodeId) => window.__promptgraph.mark(nodeId), id);

export const listTexts = (page: Page, testId: string) => page.getByTestId(testId).locator('li').allTextContents();

/** Pairs of drawn label boxes that overlap; empty when labels do not pile up. */
export function overlaps(labels: { label: string; box: number[] }[]): string[] {
  const found: string[] = [];
  labels.forEach((a, i) =>
    labels.slice(i + 1).forEach((b) => {
      if (a.box[0]! < b.box[2]! && a.box[2]! > b.box[0]! && a.box[1]! < b.box[3]! && a.box[3]! > b.box[1]!)
        found.push(`${a.label} × ${b.label}`);
    }),
  );
  return found;
}
