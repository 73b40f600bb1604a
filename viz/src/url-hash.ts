import type { ViewState } from './state.js';
import type { Direction, MapData, NodeKind } from './types.js';
import { KIND_ORDER } from './types.js';

/**
 * The URL hash holds the selection, view and filters by name (node id, team
 * handle), so a link reopens the same picture even after the map is rebuilt.
 */
export function writeHash(state: ViewState, data: MapData): string {
  const params = new URLSearchParams();
  if (state.selected >= 0) params.set('node', data.nodes[state.selected]!.id);
  if (state.view !== 'layered') params.set('view', state.view);
  if (state.direction !== 'both') params.set('dir', state.direction);
  if (state.hiddenKinds.size) params.set('hideKinds', [...state.hiddenKinds].sort().join(','));
  if (state.hiddenTeams.size)
    params.set(
      'hideTeams',
      [...state.hiddenTeams]
        .sort((a, b) => a - b)
        .map((team) => (team < 0 ? '-' : data.teams[team]!))
        .join(','),
    );
  if (data.overlay && !state.overlay) params.set('overlay', '0');
  if (data.overlay && state.onlyImpacted !== data.focusOnChange) params.set('only', state.onlyImpacted ? '1' : '0');
  return params.toString();
}

export function readHash(hash: string, data: MapData, base: ViewState): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state: ViewState = { ...base, hiddenKinds: new Set(base.hiddenKinds), hiddenTeams: new Set(base.hiddenTeams) };
  const node = params.get('node');
  if (node !== null) state.selected = data.nodes.findIndex((candidate) => candidate.id === node);
  const view = params.get('view');
  if (view === 'force' || view === 'layered') state.view = view;
  const direction = params.get('dir');
  if (direction === 'up' || direction === 'down' || direction === 'both') state.direction = direction as Direction;
  for (const kind of (params.get('hideKinds') ?? '').split(','))
    if (KIND_ORDER.includes(kind as NodeKind)) state.hiddenKinds.add(kind as NodeKind);
  for (const team of (params.get('hideTeams') ?? '').split(',').filter(Boolean)) {
    const position = team === '-' ? -1 : data.teams.indexOf(team);
    if (position >= 0 || team === '-') state.hiddenTeams.add(position);
  }
  if (data.overlay) {
    state.overlay = params.get('overlay') !== '0';
    if (params.has('only')) state.onlyImpacted = params.get('only') === '1';
  }
  return state;
}
