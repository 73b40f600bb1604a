import { drawEdges } from './draw-edges.js';
import { drawLabels } from './draw-labels.js';
import { drawLanes, drawLaneTitles } from './draw-lanes.js';
import { drawNodes } from './draw-nodes.js';
import type { Scene } from './scene.js';
import { screenRadius } from './screen-metrics.js';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

const BACKGROUND = '#0b0f17';

/**
 * Draws one frame in screen space: lanes, edges batched into one path per
 * style, nodes batched by kind and treatment, lane and column titles, labels.
 * Nodes keep a minimum on-screen size so a zoomed-out 5,000-node map still
 * shows every node as a dot.
 */
export function drawScene(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: Transform,
  width: number,
  height: number,
): void {
  const { data } = scene;
  const count = data.nodes.length;
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  drawLanes(ctx, scene, t, width, height);

  // Written in place: the scene's screen arrays are sized once, not allocated again every frame.
  const { sx, sy, sr, onScreen } = scene.screen;
  for (let node = 0; node < count; node++) {
    sx[node] = scene.x[node]! * t.k + t.x;
    sy[node] = scene.y[node]! * t.k + t.y;
    sr[node] = screenRadius(scene.radius[node]!, t.k);
    const margin = sr[node]! + 2;
    onScreen[node] =
      sx[node]! > -margin && sx[node]! < width + margin && sy[node]! > -margin && sy[node]! < height + margin ? 1 : 0;
  }
  drawEdges(ctx, scene, sx, sy, width, height, t.k);
  drawNodes(ctx, scene, sx, sy, sr, onScreen, t.k);
  const reserved = drawLaneTitles(ctx, scene, t, height);
  drawLabels(ctx, scene, { sx, sy, sr, onScreen, reserved }, t.k, width, height);
}
