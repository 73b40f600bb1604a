import { clear, el } from './dom.js';
import { KIND_LABEL } from './colors.js';
import type { MapData, ViewName } from './types.js';

export interface HeaderControls {
  searchHost: HTMLElement;
  setView(view: ViewName): void;
}

/** Repository name, counts, search, the layered/force switch, zoom and fit-to-screen. */
export function renderHeader(
  host: HTMLElement,
  data: MapData,
  actions: { view(view: ViewName): void; fit(): void; zoom(factor: number): void },
): HeaderControls {
  clear(host);
  const counts = el('div', { className: 'counts', testId: 'header-counts' }, [
    ...(['prompt', 'fragment', 'consumer', 'contract', 'eval'] as const)
      .filter((kind) => data.counts[kind] > 0)
      .map((kind) => count(data.counts[kind], KIND_LABEL[kind].toLowerCase())),
    count(data.counts.edges, 'edges'),
    // A merged organisation graph: how many repositories it joins, before the teams that own across them.
    ...(data.repositories?.length
      ? [count(data.repositories.length, data.repositories.length === 1 ? 'repository' : 'repositories')]
      : []),
    ...ownerCounts(data),
  ]);
  if (data.overlay)
    counts.append(
      el('span', {
        className: 'count-change',
        text: `${data.overlay.changed} changed · ${data.overlay.affected} affected`,
      }),
    );
  const searchHost = el('div', { className: 'search' });
  const views = el('div', { className: 'segmented', testId: 'view-switch' });
  const buttons = new Map<ViewName, HTMLButtonElement>();
  for (const [view, label] of [
    ['layered', 'Layered'],
    ['force', 'Force'],
  ] as [ViewName, string][]) {
    const button = el('button', { text: label, testId: `view-${view}` });
    button.addEventListener('click', () => actions.view(view));
    buttons.set(view, button);
    views.append(button);
  }
  const zoom = el('div', { className: 'segmented', testId: 'zoom' });
  for (const [label, title, act, testId] of [
    ['−', 'Zoom out (-)', () => actions.zoom(1 / 1.5), 'zoom-out'],
    ['Fit', 'Fit to screen (F)', actions.fit, 'fit'],
    ['+', 'Zoom in (+)', () => actions.zoom(1.5), 'zoom-in'],
  ] as [string, string, () => void, string][]) {
    const button = el('button', { text: label, title, testId });
    button.addEventListener('click', act);
    zoom.append(button);
  }
  host.append(
    el('div', { className: 'brand' }, [
      el('span', { className: 'logo', text: '◆' }),
      el('div', { className: 'brand-text' }, [
        el('div', { className: 'title-line' }, [
          el('span', { className: 'repo', text: data.repo, testId: 'repo-name' }),
          el('span', { className: 'muted', text: 'prompt map' }),
        ]),
        counts,
      ]),
    ]),
    searchHost,
    views,
    zoom,
  );
  return {
    searchHost,
    setView(view) {
      for (const [name, button] of buttons) button.classList.toggle('active', name === view);
    },
  };
}

const count = (value: number, label: string) =>
  el('span', { className: 'count-item' }, [el('b', { text: String(value) }), el('span', { text: ` ${label}` })]);

/** `3 teams`, and `2 users` when individuals own nodes too: a user is never counted as a team. */
function ownerCounts(data: MapData): HTMLElement[] {
  const users = data.ownerTypes.filter((type) => type === 'user').length;
  const teams = data.teams.length - users;
  return [
    count(teams, teams === 1 ? 'team' : 'teams'),
    ...(users ? [count(users, users === 1 ? 'user' : 'users')] : []),
  ];
}
