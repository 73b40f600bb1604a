import { createCanvasView } from './canvas-view.js';
import { el } from './dom.js';
import { renderFilters } from './filters.js';
import { indexGraph, reach } from './graph-index.js';
import { renderHeader } from './header.js';
import { startForceLayout } from './layout-force.js';
import { COLUMN_OF, layeredLayout } from './layout-layered.js';
import { renderPanel } from './panel.js';
import { createScene, Mark } from './scene.js';
import { createSearch } from './search.js';
import { initialState, Store, type ViewState } from './state.js';
import type { MapData } from './types.js';
import { readHash, writeHash } from './url-hash.js';

/**
 * Boots the map: reads the embedded JSON, lays it out, and wires state →
 * canvas, panel, filters and URL hash. The only way data reaches the page is
 * JSON.parse of the data element's text, so nothing in it is ever markup.
 */
function boot(): void {
  const data = JSON.parse(document.getElementById('promptgraph-data')!.textContent!) as MapData;
  const index = indexGraph(data);
  const scene = createScene(data, index);
  const layered = layeredLayout(data, index);
  let forcePositions: { x: Float64Array; y: Float64Array } | undefined;
  let force: { stop(): void } | undefined;

  const header = el('header', { className: 'top' });
  const sidebar = el('aside', { className: 'sidebar', testId: 'sidebar' });
  const stage = el('main', { className: 'stage' });
  const panel = el('aside', { className: 'panel', testId: 'panel' });
  document.body.append(el('div', { className: 'app' }, [header, sidebar, stage, panel]));

  const store = new Store(readHash(location.hash, data, initialState(Boolean(data.overlay), data.focusOnChange)));
  const view = createCanvasView(stage, scene, (node) => select(node, false), (node) => {
    scene.hover = node;
    view.redraw();
  });
  const select = (node: number, center: boolean) => {
    store.update({ selected: node });
    if (center && node >= 0) view.centerOn(node);
  };
  const controls = renderHeader(header, data, { view: (name) => store.update({ view: name }), fit: () => view.fit() });
  createSearch(controls.searchHost, data, (matches) => {
    scene.matches = new Set(matches);
    view.redraw();
  }, (node) => select(node, true));

  const showPositions = (x: Float64Array, y: Float64Array) => {
    scene.x.set(x);
    scene.y.set(y);
  };
  const applyView = (state: ViewState, first: boolean) => {
    force?.stop();
    controls.setView(state.view);
    if (state.view === 'layered') {
      showPositions(layered.x, layered.y);
      scene.lanes = layered.lanes;
      scene.columns = layered.columns;
      view.reindex();
      view.fit(undefined, !first);
      return;
    }
    scene.lanes = [];
    scene.columns = [];
    if (forcePositions) {
      showPositions(forcePositions.x, forcePositions.y);
      view.reindex();
      view.fit(undefined, !first);
      return;
    }
    let fitted = false;
    force = startForceLayout(data, layered, (node) => COLUMN_OF[data.nodes[node]!.kind], (x, y, settled) => {
      showPositions(x, y);
      if (!fitted) {
        fitted = true;
        view.fit(undefined, false);
      }
      if (settled) {
        forcePositions = { x: Float64Array.from(x), y: Float64Array.from(y) };
        view.reindex();
        view.fit();
      } else view.redraw();
    });
  };

  const applyFilters = (state: ViewState) => {
    data.nodes.forEach((node, position) => {
      const shown = !state.hiddenKinds.has(node.kind) && !state.hiddenTeams.has(node.team) && (!state.overlay || !state.onlyImpacted || Boolean(node.status) || position === state.selected);
      scene.visible[position] = shown ? 1 : 0;
    });
    scene.overlay = state.overlay && Boolean(data.overlay);
  };
  const applySelection = (state: ViewState) => {
    scene.selected = state.selected;
    scene.mark.fill(state.selected >= 0 ? Mark.Dim : Mark.Normal);
    if (state.selected < 0) return;
    if (state.direction !== 'down') for (const node of reach(data, index, state.selected, 'up')) scene.mark[node] = Mark.Upstream;
    if (state.direction !== 'up') for (const node of reach(data, index, state.selected, 'down')) scene.mark[node] = Mark.Downstream;
    scene.mark[state.selected] = Mark.Selected;
  };
  const panelActions = {
    select: (node: number) => select(node, true),
    setDirection: (direction: ViewState['direction']) => store.update({ direction }),
    close: () => store.update({ selected: -1 }),
  };

  const render = (state: ViewState, changed: ReadonlySet<keyof ViewState>, first = false) => {
    if (first || changed.has('hiddenKinds') || changed.has('hiddenTeams') || changed.has('overlay') || changed.has('onlyImpacted') || changed.has('selected')) applyFilters(state);
    if (first || changed.has('selected') || changed.has('direction')) {
      applySelection(state);
      renderPanel(panel, data, index, state.selected, state.direction, panelActions);
    }
    if (first || changed.has('view')) applyView(state, first);
    else view.reindex();
    renderFilters(sidebar, data, store);
    const hash = writeHash(state, data);
    if (hash !== location.hash.replace(/^#/, '')) history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  };
  store.subscribe((state, changed) => render(state, changed));
  render(store.state, new Set(), true);
  if (store.state.selected >= 0) view.centerOn(store.state.selected);

  window.addEventListener('hashchange', () => {
    const next = readHash(location.hash, data, initialState(Boolean(data.overlay), data.focusOnChange));
    store.update(next);
  });
  document.addEventListener('keydown', (event) => {
    if ((event.target as HTMLElement).tagName === 'INPUT') return;
    if (event.key === 'Escape') store.update({ selected: -1 });
    if (event.key === 'f') view.fit();
  });

  // For the browser tests and for scripting the map from the devtools console.
  const hook = {
    ready: false,
    firstRenderMs: 0,
    data,
    state: () => store.state,
    view,
    nodeIndex: (id: string) => data.nodes.findIndex((node) => node.id === id),
    visibleIds: () => data.nodes.filter((_, position) => scene.visible[position]).map((node) => node.id),
  };
  (window as unknown as { __promptgraph: typeof hook }).__promptgraph = hook;
  requestAnimationFrame(() => {
    hook.firstRenderMs = performance.now();
    hook.ready = true;
  });
}

boot();
