import { reach, type GraphIndex } from './graph-index.js';
import { Mark, type Scene } from './scene.js';
import type { ViewState } from './state.js';
import type { MapData } from './types.js';

/**
 * Which nodes are drawn: kind and team filters, and with "hide untouched" only
 * the change. The selection stays visible whatever the filters say, so the
 * panel never describes a node the map does not show. Returns whether any
 * node's visibility changed (then the layout must make room or close up).
 */
export function applyFilters(scene: Scene, data: MapData, state: ViewState): boolean {
  const impactedOnly = state.overlay && state.onlyImpacted && Boolean(data.overlay);
  let changed = false;
  data.nodes.forEach((node, position) => {
    const shown =
      position === state.selected ||
      (!state.hiddenKinds.has(node.kind) &&
        !state.hiddenTeams.has(node.team) &&
        (!impactedOnly || Boolean(node.status)));
    if (scene.visible[position] !== (shown ? 1 : 0)) changed = true;
    scene.visible[position] = shown ? 1 : 0;
  });
  scene.overlay = state.overlay && Boolean(data.overlay);
  return changed;
}

/** Marks the selection, everything upstream and/or downstream of it, and dims the rest. */
export function applySelection(scene: Scene, data: MapData, index: GraphIndex, state: ViewState): void {
  scene.selected = state.selected;
  scene.mark.fill(state.selected >= 0 ? Mark.Dim : Mark.Normal);
  if (state.selected < 0) return;
  if (state.direction !== 'down')
    for (const node of reach(data, index, state.selected, 'up')) scene.mark[node] = Mark.Upstream;
  if (state.direction !== 'up')
    for (const node of reach(data, index, state.selected, 'down')) scene.mark[node] = Mark.Downstream;
  scene.mark[state.selected] = Mark.Selected;
}

/** The node and its direct neighbours: what to frame when it is chosen. */
export function neighbourhood(data: MapData, index: GraphIndex, node: number): number[] {
  return [
    node,
    ...index.out[node]!.map((edge) => data.edges[edge]![1]),
    ...index.in[node]!.map((edge) => data.edges[edge]![0]),
  ];
}
