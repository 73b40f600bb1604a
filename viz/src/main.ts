import { applyFilters, applySelection, neighbourhood } from './apply-state.js';
import { createCanvasView } from './canvas-view.js';
import { el } from './dom.js';
import { renderFilters } from './filters.js';
import { indexGraph } from './graph-index.js';
import { renderHeader } from './header.js';
import { renderPanel } from './panel.js';
import { createPositions } from './positions.js';
import { createScene } from './scene.js';
import { createSearch } from './search.js';
import { initialState, Store, type ViewState } from './state.js';
import { exposeHook } from './test-hook.js';
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
  const scene = createScene(data);

  const header = el('header', { className: 'top' });
  const sidebar = el('aside', { className: 'sidebar', testId: 'sidebar' });
  const stage = el('main', { className: 'stage' });
  const panel = el('aside', { className: 'panel', testId: 'panel' });
  document.body.append(el('div', { className: 'app' }, [header, sidebar, stage, panel]));
  if (!data.nodes.length)
    stage.append(
      el('div', {
        className: 'empty',
        testId: 'empty',
        text: 'No prompts, fragments or consumers were found here; `promptgraph scan` shows what was read and its diagnostics.',
      }),
    );

  const fresh = () => initialState(Boolean(data.overlay), data.focusOnChange);
  const store = new Store(readHash(location.hash, data, fresh()));
  const view = createCanvasView(
    stage,
    scene,
    (node) => select(node, 'reveal'),
    (node) => {
      scene.hover = node;
      view.redraw();
    },
  );
  const frame = (node: number, animate: boolean) =>
    view.fit(
      neighbourhood(data, index, node).filter((other) => scene.visible[other]),
      animate,
      1.6,
    );
  // A named node (a link, a pick) stays framed when positions change; otherwise the whole map is.
  const positions = createPositions(data, index, scene, view, (animate) =>
    store.state.selected >= 0 ? frame(store.state.selected, animate) : view.fit(undefined, animate),
  );
  /** `frame`: zoom to the node and its neighbours (search, panel links); `reveal`: pan only if it is off screen (a click). */
  const select = (node: number, how: 'frame' | 'reveal') => {
    store.update({ selected: node });
    if (node < 0) return;
    // A click on a node whose dependents sit in another repository's lane frames them too: the
    // panel narrows the canvas, and a link across lanes is what an organisation map is read for.
    if (how === 'frame' || dependentsElsewhereOffScreen(node)) frame(node, true);
    else view.reveal(node);
  };
  /** True when the node (in a merged graph) has a visible dependent in another repository that is off the canvas. */
  const dependentsElsewhereOffScreen = (node: number): boolean => {
    const repository = data.nodes[node]!.repository;
    if (repository === undefined) return false;
    const box = stage.getBoundingClientRect();
    return index.out[node]!.some((edge) => {
      const other = data.edges[edge]![1];
      if (!scene.visible[other] || data.nodes[other]!.repository === repository) return false;
      const at = view.screenPosition(other);
      return at.x < box.left || at.x > box.right || at.y < box.top || at.y > box.bottom;
    });
  };
  const controls = renderHeader(header, data, {
    view: (name) => store.update({ view: name }),
    fit: () => view.fit(),
    zoom: (factor) => view.zoomBy(factor),
  });
  createSearch(
    controls.searchHost,
    data,
    (matches) => {
      scene.matches = new Set(matches);
      view.redraw();
    },
    (node) => select(node, 'frame'),
  );

  const panelActions = {
    select: (node: number) => select(node, 'frame'),
    setDirection: (direction: ViewState['direction']) => store.update({ direction }),
    close: () => store.update({ selected: -1 }),
  };
  const render = (state: ViewState, changed: ReadonlySet<keyof ViewState>, first = false) => {
    const any = (...keys: (keyof ViewState)[]) => first || keys.some((key) => changed.has(key));
    const refiltered =
      any('hiddenKinds', 'hiddenTeams', 'overlay', 'onlyImpacted', 'selected') &&
      applyFilters(scene, data, state) &&
      !first;
    if (any('selected', 'direction')) {
      applySelection(scene, data, index, state);
      renderPanel(panel, data, index, state.selected, state.direction, panelActions);
    }
    if (any('view')) {
      controls.setView(state.view);
      positions.show(state.view, first);
    } else if (refiltered) positions.refilter(state.view);
    else view.reindex();
    renderFilters(sidebar, data, store);
    const hash = writeHash(state, data);
    if (hash !== location.hash.replace(/^#/, ''))
      history.replaceState(null, '', hash ? `#${hash}` : location.pathname + location.search);
  };
  store.subscribe((state, changed) => render(state, changed));
  render(store.state, new Set(), true);

  // A link followed on the open page (or Back) names a node: frame it as a search pick does.
  window.addEventListener('hashchange', () => {
    const before = store.state.selected;
    store.update(readHash(location.hash, data, fresh()));
    if (store.state.selected >= 0 && store.state.selected !== before) frame(store.state.selected, true);
  });
  document.addEventListener('keydown', (event) => {
    if ((event.target as HTMLElement).tagName === 'INPUT' || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape') store.update({ selected: -1 });
    else if (event.key === 'f') view.fit();
    else if (event.key === '+' || event.key === '=') view.zoomBy(1.5);
    else if (event.key === '-') view.zoomBy(1 / 1.5);
  });
  exposeHook(data, scene, store, view, positions.settling);
}

boot();
