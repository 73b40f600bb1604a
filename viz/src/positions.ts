import type { CanvasView } from './canvas-view.js';
import type { GraphIndex } from './graph-index.js';
import { startForceLayout } from './layout-force.js';
import { COLUMN_OF, layeredLayout, type LayeredLayout } from './layout-layered.js';
import type { Scene } from './scene.js';
import type { MapData, ViewName } from './types.js';

export interface Positions {
  /** Moves the scene to the view's positions and frames them; `first` skips the animation. */
  show(view: ViewName, first: boolean): void;
  /** The visible nodes changed: the layered view packs them again (the force view keeps its places). */
  refilter(view: ViewName): void;
  /** True while the force layout is still moving nodes. */
  settling(): boolean;
}

/**
 * The two views' positions. The layered layout is laid out for the visible
 * nodes (cheap: a sort and two sweeps); the force layout runs once over every
 * node when first asked for, animated while it settles, then kept. `frame`
 * puts what matters in view (the selection, or everything) once positions are
 * known.
 */
export function createPositions(
  data: MapData,
  index: GraphIndex,
  scene: Scene,
  view: CanvasView,
  frame: (animate: boolean) => void,
): Positions {
  let layered: LayeredLayout | undefined;
  let settled: { x: Float64Array; y: Float64Array } | undefined;
  let running: { stop(): void } | undefined;
  const layeredNow = () => (layered ??= layeredLayout(data, index, scene.visible));

  const place = (x: Float64Array, y: Float64Array) => {
    scene.x.set(x);
    scene.y.set(y);
    view.reindex();
  };
  const stop = () => {
    running?.stop();
    running = undefined;
    scene.moving = false;
  };
  const show = (name: ViewName, first: boolean) => {
    stop();
    const lanes = name === 'layered' ? layeredNow() : undefined;
    scene.lanes = lanes?.lanes ?? [];
    scene.columns = lanes?.columns ?? [];
    const ready = lanes ?? settled;
    if (ready) {
      place(ready.x, ready.y);
      frame(!first);
      return;
    }
    // While it settles the view follows the layout, until the user pans or zooms: then it is theirs.
    const movesBefore = view.userMoves();
    const untouched = () => view.userMoves() === movesBefore;
    // The force layout starts from the layered places of every node, pulled together.
    const start = layeredLayout(data, index);
    scene.moving = true;
    running = startForceLayout(
      data,
      start,
      (node) => COLUMN_OF[data.nodes[node]!.kind],
      (x, y, done) => {
        place(x, y);
        if (done) {
          settled = { x: Float64Array.from(x), y: Float64Array.from(y) };
          running = undefined;
          scene.moving = false;
        }
        if (untouched()) frame(false);
        // This runs in an animation frame: draw in it, or every other frame would only tick.
        view.flush();
      },
    );
  };
  return {
    show,
    refilter(name) {
      layered = undefined;
      if (name === 'layered') show(name, false);
      else view.reindex();
    },
    settling: () => running !== undefined,
  };
}
