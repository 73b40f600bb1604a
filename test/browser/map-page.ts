import type { Page } from 'playwright-core';

/** What the viewer exposes on `window.__promptgraph` for scripting and tests. */
interface Hook {
  firstRenderMs: number;
  nodeIndex(id: string): number;
  visibleIds(): string[];
  state(): { selected: number; overlay: boolean; onlyImpacted: boolean };
  view: { screenPosition(node: number): { x: number; y: number }; panBy(dx: number, dy: number): void; drawTimes: number[]; centerOn(node: number, animate?: boolean): void };
}
declare global {
  interface Window {
    __promptgraph: Hook;
  }
}

export const visibleIds = (page: Page) => page.evaluate(() => window.__promptgraph.visibleIds());
export const selectedId = (page: Page) => page.evaluate(() => {
  const hook = window.__promptgraph;
  const selected = hook.state().selected;
  return selected < 0 ? undefined : (hook as unknown as { data: { nodes: { id: string }[] } }).data.nodes[selected]!.id;
});

/** Where a node is drawn, in page coordinates, after centring it (so it is on screen). */
export async function nodeOnScreen(page: Page, id: string): Promise<{ x: number; y: number }> {
  await page.evaluate((nodeId) => window.__promptgraph.view.centerOn(window.__promptgraph.nodeIndex(nodeId), false), id);
  return page.evaluate((nodeId) => window.__promptgraph.view.screenPosition(window.__promptgraph.nodeIndex(nodeId)), id);
}

export const listTexts = (page: Page, testId: string) => page.getByTestId(testId).locator('li').allTextContents();
