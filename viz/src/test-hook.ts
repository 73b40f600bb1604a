import type { CanvasView } from './canvas-view.js';
import { Mark, type Scene } from './scene.js';
import { SHAPE_REACH } from './screen-metrics.js';
import type { Store } from './state.js';
import type { MapData } from './types.js';
import { laneGroups } from './lane-groups.js';

const MARK_NAMES = ['normal', 'dim', 'upstream', 'downstream', 'selected'] as const;

/**
 * `window.__promptgraph`: what the browser tests (and anyone scripting the map
 * from the devtools console) read. Everything here reports what the viewer
 * decided or drew; nothing in it changes the map except through `view`.
 */
export function exposeHook(data: MapData, scene: Scene, store: Store, view: CanvasView, settling: () => boolean): void {
  const nodeIndex = (id: string) => data.nodes.findIndex((node) => node.id === id);
  const hook = {
    /** True once the first frame is on the canvas. */
    get ready() {
      return view.firstDrawAt() > 0;
    },
    /** Milliseconds from navigation start to the first frame drawn. */
    get firstRenderMs() {
      return view.firstDrawAt();
    },
    data,
    view,
    state: () => store.state,
    nodeIndex,
    visibleIds: () => data.nodes.filter((_, position) => scene.visible[position]).map((node) => node.id),
    /** The labels written on the canvas in the last frame (as drawn, so possibly cut with …), with their screen boxes. */
    labels: () => scene.placed.map(({ node, box, text }) => ({ id: data.nodes[node]!.id, label: text, box })),
    /** The screen boxes of the node shapes the last frame drew (visible and on screen). */
    nodeBoxes: () => {
      const { sx, sy, sr, onScreen } = scene.screen;
      return data.nodes.flatMap((node, position) => {
        if (!scene.visible[position] || !onScreen[position]) return [];
        const reach = sr[position]! * SHAPE_REACH[node.kind];
        return [
          {
            id: node.id,
            box: [sx[position]! - reach, sy[position]! - reach, sx[position]! + reach, sy[position]! + reach],
          },
        ];
      });
    },
    /** Team lanes of the layered view, top to bottom. */
    lanes: () => scene.lanes.map((lane) => laneGroups(data).label(lane.group)),
    mark: (id: string) => MARK_NAMES[scene.mark[nodeIndex(id)] ?? Mark.Normal],
    /** The colour drawn at the centre of a node. */
    colorOf: (id: string) => {
      const point = view.screenPosition(nodeIndex(id));
      return view.colorAt(point.x, point.y);
    },
    /** True while the force layout still moves nodes. */
    settling,
    /** Nothing moving: no pending frame, zoom transition or running force layout. */
    idle: () => view.idle() && !settling(),
  };
  (window as unknown as { __promptgraph: typeof hook }).__promptgraph = hook;
}
