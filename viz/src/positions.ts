import type { CanvasView } from './canvas-view.js';
import type { GraphIndex } from './graph-index.js';
import { startForceLayout } from './layout-force.js';
import { COLUMN_OF, layeredLayout } from './layout-layered.js';
import type { Scene } from './scene.js';
import type { MapData, ViewName } from './types.js';

export interface Positions {
  /** Moves the scene to the view's positions and fits them; `first` skips the animation. */
  show(view: ViewName, first: boolean): void;
  /** True while the force layout is still moving nodes. */
  settling(): boolean;
}

/**
 * The two views' positions. The layered layout is computed once up front; the
 * force layout only when first asked for, animated while it settles, then kept.
 */
export function createPositions(data: MapData, index: GraphIndex, scene: Scene, view: CanvasView): Positions {
  const layered = layeredLayout(data, index);
  let settled: { x: Float64Array; y: Float64Array } | undefined;
  let running: { stop(): void } | undefined;

  const place = (x: Float64Array, y: Float64Array) => {
    scene.x.set(x);
    scene.y.set(y);
    // Hit-testing follows the nodes while they move (a 5,000-node quadtree takes about a millisecond).
    view.reindex();
  };
  return {
    show(name, first) {
      running?.stop();
      running = undefined;
      scene.lanes = name === 'layered' ? layered.lanes : [];
      scene.columns = name === 'layered' ? layered.columns : [];
      const ready = name === 'layered' ? layered : settled;
      if (ready) {
        place(ready.x, ready.y);
        view.fit(undefined, !first);
        return;
      }
      let fitted = false;
      running = startForceLayout(data, layered, (node) => COLUMN_OF[data.nodes[node]!.kind], (x, y, done) => {
        place(x, y);
        if (!fitted) {
          fitted = true;
          view.fit(undefined, false);
        }
        if (!done) return;
        settled = { x: Float64Array.from(x), y: Float64Array.from(y) };
        running = undefined;
        view.fit();
      });
    },
    settling: () => running !== undefined,
  };
}
