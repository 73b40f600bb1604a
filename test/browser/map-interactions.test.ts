import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { impact } from '../../src/api/impact.js';
import type { MapData, MapOverlay } from '../../src/model/map-data.js';
import { overlayFromImpact } from '../../src/query/map/overlay-from-impact.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { KIND_COLOR, STATUS_COLOR } from '../../viz/src/colors.js';
import { ARTIFACTS, describeInChromium, type MapBrowser } from './chromium.js';
import { loadDemoMap, MAP_FIXTURE, neighbourLabels, sharedPersona } from './map-fixture.js';
import {
  colorOf,
  drawnLabels,
  listTexts,
  markOf,
  nodeOnScreen,
  overlaps,
  selectedId,
  settled,
  visibleIds,
} from './map-page.js';

describeInChromium('the map in Chromium', () => {
  let browser: MapBrowser;
  let viewer: { script: string; style: string };
  let result: ScanResult;
  let data: MapData;
  beforeAll(async () => {
    ({ browser, viewer, result, data } = await loadDemoMap());
  });
  afterAll(async () => browser?.close());
  const open = (hash?: string, overlay?: MapOverlay) =>
    browser.open(renderMapHtml(prepareMapData(result, overlay ? { overlay } : {}), { viewer }), hash ? { hash } : {});

  it('finds the shared persona by search and shows its file, owners, contract and dependents', async () => {
    const persona = sharedPersona(data);
    expect(persona.owners.length).toBeGreaterThan(0);
    expect(persona.contracts[0]?.invariants.length).toBeGreaterThan(0);
    const map = await open();
    const { page } = map;
    await page.keyboard.press('/');
    await page.keyboard.type('persona');
    expect((await page.getByTestId('search-results').locator('li .result-label').allTextContents())[0]).toBe(
      persona.label,
    );
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');

    expect(await selectedId(page)).toBe(persona.id);
    expect(await page.getByTestId('panel-title').textContent()).toBe(persona.label);
    expect(await page.getByTestId('panel-location').textContent()).toBe(
      `${persona.file}:${persona.lines[0]}-${persona.lines[1]}`,
    );
    expect(await page.getByTestId('panel-owners').locator('.chip').allTextContents()).toEqual(persona.owners);
    const dependents = neighbourLabels(data, persona.id, 'dependents');
    expect(dependents.length).toBeGreaterThanOrEqual(3);
    expect(await listTexts(page, 'panel-dependents')).toEqual(dependents);
    expect(await listTexts(page, 'panel-dependencies')).toEqual(neighbourLabels(data, persona.id, 'dependencies'));
    expect(await page.getByTestId('panel-contract').first().locator('.invariants li').allTextContents()).toEqual(
      persona.contracts[0]!.invariants,
    );
    expect(await page.getByTestId('panel-contract').first().locator('.evals b').allTextContents()).toEqual(
      persona.contracts[0]!.evals.map((entry) => entry.name),
    );
    expect(await page.getByTestId('panel-composed').textContent()).toBe(persona.composed);
    expect(new URL(page.url()).hash).toBe(`#node=${encodeURIComponent(persona.id)}`);

    // The panel fits the window and the graph made room for it: the persona is labelled beside it.
    const box = (await page.getByTestId('panel').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(page.viewportSize()!.width);
    await settled(page);
    const point = await page.evaluate(
      (id) => window.__promptgraph.view.screenPosition(window.__promptgraph.nodeIndex(id)),
      persona.id,
    );
    expect(point.x).toBeLessThan(box.x);
    expect((await drawnLabels(page)).map((label) => label.id)).toContain(persona.id);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-persona-selected.png') });
    expect(map.errors).toEqual([]);
  });

  it('follows a dependent from the panel, selects a node clicked on the canvas, and Escape closes the panel', async () => {
    const persona = sharedPersona(data);
    const { page } = await open(`node=${encodeURIComponent(persona.id)}`);
    const dependent = data.nodes.find(
      (node) =>
        node.label ===
        neighbourLabels(data, persona.id, 'dependents').find((label) =>
          data.nodes.some((other) => other.label === label && other.kind === 'prompt'),
        ),
    )!;
    await page.getByTestId('panel-dependents').getByText(dependent.label, { exact: true }).click();
    expect(await selectedId(page)).toBe(dependent.id);
    expect(await page.getByTestId('panel-title').textContent()).toBe(dependent.label);

    const consumer =
      data.nodes.find((node) => node.kind === 'consumer') ?? data.nodes.find((node) => node.id !== dependent.id)!;
    const point = await nodeOnScreen(page, consumer.id);
    await page.mouse.click(point.x, point.y);
    expect(await selectedId(page)).toBe(consumer.id);
    await page.keyboard.press('Escape');
    expect(await selectedId(page)).toBeUndefined();
    expect(await page.getByTestId('panel').isHidden()).toBe(true);
  });

  it('highlights everything downstream or upstream of the selection and dims the rest', async () => {
    // A prompt built from the persona and sent by code: both directions have something to light up.
    const persona = sharedPersona(data);
    const kindOf = (id: string) => data.nodes.find((node) => node.id === id)!.kind;
    const middle = data.nodes
      .filter(
        (node) =>
          node.kind === 'prompt' &&
          reachable(data, node.id, 'up').has(persona.id) &&
          [...reachable(data, node.id, 'down')].some((id) => kindOf(id) === 'consumer'),
      )
      .sort(
        (a, b) => reachable(data, b.id, 'up').size - reachable(data, a.id, 'up').size || a.id.localeCompare(b.id),
      )[0]!;
    const down = reachable(data, middle.id, 'down');
    const up = reachable(data, middle.id, 'up');
    expect(up.size).toBeGreaterThanOrEqual(2);
    expect(down.size).toBeGreaterThanOrEqual(1);
    const { page } = await open(`node=${encodeURIComponent(middle.id)}`);
    const marks = async () =>
      Object.fromEntries(
        await Promise.all(data.nodes.map(async (node) => [node.id, await markOf(page, node.id)] as const)),
      );
    const expected = (direction: 'both' | 'up' | 'down') =>
      Object.fromEntries(
        data.nodes.map((node) => [
          node.id,
          node.id === middle.id
            ? 'selected'
            : direction !== 'down' && up.has(node.id)
              ? 'upstream'
              : direction !== 'up' && down.has(node.id)
                ? 'downstream'
                : 'dim',
        ]),
      );
    expect(new Set(Object.values(expected('both')))).toEqual(new Set(['selected', 'upstream', 'downstream', 'dim']));
    expect(await marks()).toEqual(expected('both'));

    await page.getByTestId('direction-up').click();
    expect(await marks()).toEqual(expected('up'));
    expect(new URL(page.url()).hash).toContain('dir=up');
    await page.getByTestId('direction-down').click();
    expect(await marks()).toEqual(expected('down'));
  });

  it('filters by kind and team, and the URL hash reopens the same selection, view and filters', async () => {
    const persona = sharedPersona(data);
    const hiddenTeam = data.teams.find((team) => team !== persona.owners[0])!;
    const first = await open();
    await first.page.getByTestId('filter-kind-eval').uncheck();
    await first.page.getByTestId(`filter-team-${hiddenTeam}`).uncheck();
    const expected = data.nodes
      .filter((node) => node.kind !== 'eval' && data.teams[node.team] !== hiddenTeam)
      .map((node) => node.id)
      .sort();
    expect((await visibleIds(first.page)).sort()).toEqual(expected);
    // The layered view packs what is left: the hidden team's lane is gone.
    const lanes = await first.page.evaluate(() => window.__promptgraph.lanes());
    expect(lanes).not.toContain(hiddenTeam);
    expect(lanes).toContain(persona.owners[0]);
    await first.page.getByTestId('view-force').click();
    await first.page.keyboard.press('/');
    await first.page.keyboard.type('persona');
    await first.page.keyboard.press('Enter');
    const hash = new URL(first.page.url()).hash.slice(1);

    // In the force view too, a filter takes effect on the canvas at once.
    await first.page.getByTestId('filter-kind-eval').check();
    await settled(first.page);
    // An eval of the persona: framed with it by the search pick, so it is on screen to sample.
    const personaAt = data.nodes.findIndex((node) => node.id === persona.id);
    const evaluation = data.edges
      .map(([from, to]) => (from === personaAt ? data.nodes[to]! : to === personaAt ? data.nodes[from]! : undefined))
      .find((node) => node?.kind === 'eval')!;
    const shown = await colorOf(first.page, evaluation.id);
    expect(shown).not.toBe('#0b0f17');
    await first.page.getByTestId('filter-kind-eval').uncheck();
    await settled(first.page);
    // Hidden: its pixel no longer has the eval's colour (a neighbour's label or edge may cross the spot).
    expect(await colorOf(first.page, evaluation.id)).not.toBe(shown);

    const { page } = await open(hash);
    expect(await selectedId(page)).toBe(persona.id);
    expect(await page.getByTestId('filter-kind-eval').isChecked()).toBe(false);
    expect(await page.getByTestId(`filter-team-${hiddenTeam}`).isChecked()).toBe(false);
    expect(await page.getByTestId('view-force').getAttribute('class')).toBe('active');
    expect((await visibleIds(page)).sort()).toEqual(expected);
  });

  it('overlays the persona change: changed, affected and untouched drawn apart, with their counts', async () => {
    const persona = sharedPersona(data);
    const change = overlayFromImpact(await impact(MAP_FIXTURE, { files: [persona.file] }));
    const marked = prepareMapData(result, { overlay: change }).nodes.filter((node) => node.status);
    const affected = marked.filter((node) => node.status === 'affected');
    const untouched = data.nodes.filter((node) => !marked.some((other) => other.id === node.id));
    expect(marked.filter((node) => node.status === 'changed').map((node) => node.id)).toEqual([persona.id]);
    expect(affected.length).toBeGreaterThanOrEqual(3);
    const { page } = await open(undefined, change);

    expect(await page.getByTestId('overlay-changed').textContent()).toBe('changed1');
    expect(await page.getByTestId('overlay-affected').textContent()).toBe(`affected${affected.length}`);
    expect(await page.getByTestId('overlay-untouched').textContent()).toBe(`untouched${untouched.length}`);
    expect(await colorOf(page, persona.id)).toBe(STATUS_COLOR.changed);
    for (const node of affected) expect(await colorOf(page, node.id)).toBe(STATUS_COLOR.affected);
    for (const node of untouched) {
      const color = await colorOf(page, node.id);
      expect([STATUS_COLOR.changed, STATUS_COLOR.affected, KIND_COLOR[node.kind]]).not.toContain(color);
      expect(Math.max(...[1, 3, 5].map((at) => parseInt(color.slice(at, at + 2), 16)))).toBeLessThan(0x70);
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-overlay.png') });

    await page.getByTestId('filter-only-impacted').check();
    expect((await visibleIds(page)).sort()).toEqual(marked.map((node) => node.id).sort());
    expect(new URL(page.url()).hash).toBe('#only=1');
    await page.getByTestId('filter-overlay').uncheck();
    expect((await visibleIds(page)).length).toBe(data.nodes.length);
    expect(await colorOf(page, persona.id)).toBe(KIND_COLOR[persona.kind]);
  });

  it('opens a repository with nothing found on a message, not a blank canvas', async () => {
    const empty: ScanResult = { schemaVersion: 1, root: 'empty-repo', nodes: [], edges: [], diagnostics: [] };
    const map = await browser.open(renderMapHtml(prepareMapData(empty), { viewer }));
    expect(await map.page.getByTestId('empty').textContent()).toContain(
      'No prompts, fragments or consumers were found',
    );
    expect(await map.page.getByTestId('repo-name').textContent()).toBe('empty-repo');
    expect(map.errors).toEqual([]);
  });

  it('zooms with the wheel and the buttons, fits every visible node on screen, and labels them without overlap', async () => {
    const { page } = await open();
    const canvas = (await page.getByTestId('map-canvas').boundingBox())!;
    const scale = () => page.evaluate(() => window.__promptgraph.view.transform().k);
    const fitted = await scale();
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -400);
    await settled(page);
    expect(await scale()).toBeGreaterThan(fitted * 1.5);
    await page.getByTestId('zoom-out').click();
    await settled(page);
    await page.getByTestId('fit').click();
    await settled(page);
    expect(await scale()).toBeCloseTo(fitted, 5);

    const points = await page.evaluate(() =>
      window.__promptgraph
        .visibleIds()
        .map((id) => window.__promptgraph.view.screenPosition(window.__promptgraph.nodeIndex(id))),
    );
    for (const point of points) {
      expect(point.x).toBeGreaterThan(canvas.x);
      expect(point.x).toBeLessThan(canvas.x + canvas.width);
      expect(point.y).toBeGreaterThan(canvas.y);
      expect(point.y).toBeLessThan(canvas.y + canvas.height);
    }
    const labels = await drawnLabels(page);
    expect(overlaps(labels)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'map-fitted.png') });

    // Zoomed far out, rows are closer than a line of text: labels give way instead of piling up.
    for (let step = 0; step < 4; step++) await page.getByTestId('zoom-out').click();
    await settled(page);
    const crowded = await drawnLabels(page);
    expect(crowded.length).toBeGreaterThan(0);
    expect(crowded.length).toBeLessThan(points.length);
    expect(overlaps(crowded)).toEqual([]);
  });
});

/** Node ids reachable from `id` along dependency edges: the oracle the viewer's highlight must match. */
function reachable(data: MapData, id: string, direction: 'up' | 'down'): Set<string> {
  const start = data.nodes.findIndex((node) => node.id === id);
  const [from, to]: [0 | 1, 0 | 1] = direction === 'down' ? [0, 1] : [1, 0];
  const seen = new Set<number>();
  const stack = [start];
  while (stack.length) {
    const node = stack.pop()!;
    for (const edge of data.edges) {
      if (edge[from] === node && edge[to] !== start && !seen.has(edge[to])) {
        seen.add(edge[to]);
        stack.push(edge[to]);
      }
    }
  }
  return new Set([...seen].map((node) => data.nodes[node]!.id));
}
