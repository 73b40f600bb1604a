import { clear, el } from './dom.js';
import type { MapData, ViewName } from './types.js';

export interface HeaderControls {
  searchHost: HTMLElement;
  setView(view: ViewName): void;
}

/** Repository name, counts, search, the layered/force switch and fit-to-screen. */
export function renderHeader(host: HTMLElement, data: MapData, actions: { view(view: ViewName): void; fit(): void }): HeaderControls {
  clear(host);
  const counts = el('div', { className: 'counts', testId: 'header-counts' }, [
    count(data.counts.prompt, 'prompts'),
    count(data.counts.fragment, 'fragments'),
    count(data.counts.consumer, 'consumers'),
    count(data.counts.edges, 'edges'),
    count(data.teams.length, 'owners'),
  ]);
  if (data.overlay) counts.append(el('span', { className: 'count-change', text: `${data.overlay.changed} changed · ${data.overlay.affected} affected` }));
  const searchHost = el('div', { className: 'search' });
  const views = el('div', { className: 'segmented', testId: 'view-switch' });
  const buttons = new Map<ViewName, HTMLButtonElement>();
  for (const [view, label] of [['layered', 'Layered'], ['force', 'Force']] as [ViewName, string][]) {
    const button = el('button', { text: label, testId: `view-${view}` });
    button.addEventListener('click', () => actions.view(view));
    buttons.set(view, button);
    views.append(button);
  }
  const fit = el('button', { className: 'fit', text: 'Fit', title: 'Fit to screen (F)', testId: 'fit' });
  fit.addEventListener('click', actions.fit);
  host.append(
    el('div', { className: 'brand' }, [el('span', { className: 'logo', text: '◆' }), el('span', { className: 'repo', text: data.repo, testId: 'repo-name' }), el('span', { className: 'muted', text: 'prompt map' })]),
    counts,
    searchHost,
    views,
    fit,
  );
  return {
    searchHost,
    setView(view) {
      for (const [name, button] of buttons) button.classList.toggle('active', name === view);
    },
  };
}

const count = (value: number, label: string) => el('span', { className: 'count-item' }, [el('b', { text: String(value) }), el('span', { text: ` ${label}` })]);
