import type { Transform } from './draw-canvas.js';

/** How far the map zooms out and in. */
export const SCALE_EXTENT: [number, number] = [0.02, 8];
const PADDING = 48;
/** Labels sit right of their nodes: room for them in screen pixels, whatever the zoom. */
const LABEL_ROOM = 190;

export interface Size {
  width: number;
  height: number;
}

/** The transform that frames these world points in the canvas, zooming in no further than `maxScale`. */
export function fitTransform(xs: number[], ys: number[], size: Size, maxScale: number): Transform {
  const [x0, x1] = extent(xs);
  const [y0, y1] = extent(ys);
  const k = Math.min(maxScale, (size.width - PADDING * 2 - LABEL_ROOM) / Math.max(1, x1 - x0), (size.height - PADDING * 2 - 20) / Math.max(1, y1 - y0));
  return { k, x: (size.width - LABEL_ROOM) / 2 - ((x0 + x1) / 2) * k, y: size.height / 2 - ((y0 + y1) / 2) * k };
}

/** Zooms by `factor` around the centre of the canvas, within SCALE_EXTENT. */
export function zoomAround(from: Transform, factor: number, size: Size): Transform {
  const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], from.k * factor));
  const cx = size.width / 2, cy = size.height / 2;
  return { k, x: cx - ((cx - from.x) / from.k) * k, y: cy - ((cy - from.y) / from.k) * k };
}

/** How far to pan so a point on screen (and its label to the right) is comfortably inside; zero when it is. */
export function revealShift(x: number, y: number, size: Size): { dx: number; dy: number } {
  const margin = 80;
  const right = size.width - margin - 160;
  const dx = x < margin ? margin - x : x > right ? right - x : 0;
  const dy = y < margin ? margin - y : y > size.height - margin ? size.height - margin - y : 0;
  return { dx, dy };
}

/**
 * Smallest and largest value; past a few hundred nodes the outermost half
 * percent on each side is left out, so a few unconnected nodes drifting at the
 * edge of a force layout do not shrink everything else to a dot.
 */
function extent(values: number[]): [number, number] {
  const sorted = Float64Array.from(values).sort();
  const cut = sorted.length > 400 ? Math.floor(sorted.length * 0.005) : 0;
  return [sorted[cut]!, sorted[sorted.length - 1 - cut]!];
}
