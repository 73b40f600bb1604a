import { HIGHLIGHT_COLOR, KIND_COLOR, KIND_LABEL, STATUS_COLOR, teamColor } from './colors.js';
import { clear, el } from './dom.js';
import type { Store } from './state.js';
import type { MapData, NodeKind } from './types.js';
import { KIND_ORDER } from './types.js';

/**
 * The left sidebar: the legend doubles as the kind filter, then teams (each
 * with its outline colour), then the change overlay with its counts, and a key
 * to the highlight colours. Redrawn from the state on every change.
 */
export function renderFilters(host: HTMLElement, data: MapData, store: Store): void {
  const state = store.state;
  clear(host);

  const kinds = el('div', { className: 'filter-list', testId: 'kind-filters' });
  for (const kind of KIND_ORDER.filter((candidate) => data.counts[candidate] > 0)) {
    kinds.append(
      toggle(
        `kind-${kind}`,
        !state.hiddenKinds.has(kind),
        [
          shape(kind),
          el('span', { text: KIND_LABEL[kind] }),
          el('span', { className: 'count', text: String(data.counts[kind]) }),
        ],
        (on) => {
          const hidden = new Set(state.hiddenKinds);
          if (on) hidden.delete(kind);
          else hidden.add(kind);
          store.update({ hiddenKinds: hidden });
        },
      ),
    );
  }
  host.append(section('Kinds', kinds));

  const teamCounts = new Map<number, number>();
  for (const node of data.nodes) teamCounts.set(node.team, (teamCounts.get(node.team) ?? 0) + 1);
  const teams = el('div', { className: 'filter-list scroll', testId: 'team-filters' });
  for (const team of [...teamCounts.keys()].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b))) {
    teams.append(
      toggle(
        `team-${team < 0 ? 'none' : data.teams[team]}`,
        !state.hiddenTeams.has(team),
        [
          el('span', { className: 'ring', attrs: { style: `border-color:${teamColor(team)}` } }),
          el('span', { className: 'team-name', text: team < 0 ? 'no owner' : data.teams[team]! }),
          el('span', { className: 'count', text: String(teamCounts.get(team)) }),
        ],
        (on) => {
          const hidden = new Set(state.hiddenTeams);
          if (on) hidden.delete(team);
          else hidden.add(team);
          store.update({ hiddenTeams: hidden });
        },
      ),
    );
  }
  host.append(section('Teams (outline)', teams));

  if (data.overlay) {
    const overlay = el('div', { className: 'filter-list', testId: 'overlay-controls' }, [
      toggle('overlay', state.overlay, [el('span', { text: 'Show the change' })], (on) =>
        store.update({ overlay: on }),
      ),
      toggle('only-impacted', state.onlyImpacted, [el('span', { text: 'Hide untouched' })], (on) =>
        store.update({ onlyImpacted: on }),
      ),
      key(STATUS_COLOR.changed, 'changed', data.overlay.changed, 'overlay-changed'),
      key(STATUS_COLOR.affected, 'affected', data.overlay.affected, 'overlay-affected'),
      data.overlay.possible
        ? key(STATUS_COLOR.possible, 'possibly affected', data.overlay.possible, 'overlay-possible')
        : null,
      key('#5b6470', 'untouched', data.overlay.untouched, 'overlay-untouched'),
    ]);
    host.append(section('Change', overlay));
  }
  host.append(
    section(
      'Selection',
      el('div', { className: 'filter-list' }, [
        key(HIGHLIGHT_COLOR.up, 'upstream (what it is built from)'),
        key(HIGHLIGHT_COLOR.down, 'downstream (what it reaches)'),
        el('div', {
          className: 'hint muted',
          text: 'Size: number of dependents. Edges run from what is used to what uses it, left to right in the layered view.',
        }),
      ]),
    ),
  );
}

function toggle(id: string, on: boolean, content: Node[], change: (on: boolean) => void): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox' }, testId: `filter-${id}` });
  box.checked = on;
  box.addEventListener('change', () => change(box.checked));
  return el('label', { className: 'filter' }, [box, ...content]);
}

function key(color: string, text: string, count?: number, testId?: string): HTMLElement {
  return el('div', { className: 'key', ...(testId ? { testId } : {}) }, [
    el('span', { className: 'swatch', attrs: { style: `background:${color}` } }),
    el('span', { text }),
    count === undefined ? null : el('span', { className: 'count', text: String(count) }),
  ]);
}

const shape = (kind: NodeKind) =>
  el('span', { className: `shape shape-${kind}`, attrs: { style: `--kind:${KIND_COLOR[kind]}` } });
const section = (title: string, body: Node) =>
  el('section', { className: 'side-section' }, [el('h3', { text: title }), body]);
