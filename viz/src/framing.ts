import type { Transform } from './draw-canvas.js';
import { LABEL_GAP, LABEL_PAD, LABEL_REFERENCE_SIZE, labelFontSize, screenRadius } from './screen-metrics.js';

/** How far the map zooms out and in. */
export const SCALE_EXTENT: [number, number] = [0.02, 8];
const PADDING = 48;
/** Without measured labels, room for them right of the nodes in screen pixels, whatever the zoom. */
const LABEL_ROOM = 190;

export interface Size {
  width: number;
  height: number;
}

/**
 * What each framed node takes on screen besides its centre: its shape (world
 * radius, and how far the shape reaches in radii) and its label, of this width
 * at LABEL_REFERENCE_SIZE, on the side it is placed first (1 right, -1 left).
 */
export interface NodeRoom {
  radius: ArrayLike<number>;
  reach: ArrayLike<number>;
  labelWidth: ArrayLike<number>;
  side: ArrayLike<number>;
}

/**
 * The transform that frames these world points in the canvas, zooming in no
 * further than `maxScale`. With `room`, node shapes and labels are framed too
 * and the whole is centred; without, a fixed margin is kept for labels.
 */
export function fitTransform(xs: number[], ys: number[], size: Size, maxScale: number, room?: NodeRoom): Transform {
  const [y0, y1] = extent(ys);
  const tallest = (size.height - PADDING * 2 - 20) / Math.max(1, y1 - y0);
  const y = (k: number) => size.height / 2 - ((y0 + y1) / 2) * k;
  if (!room) {
    const [x0, x1] = extent(xs);
    const k = Math.min(maxScale, (size.width - PADDING * 2 - LABEL_ROOM) / Math.max(1, x1 - x0), tallest);
    return { k, x: (size.width - LABEL_ROOM) / 2 - ((x0 + x1) / 2) * k, y: y(k) };
  }
  const available = size.width - PADDING * 2;
  /** Screen extent of shapes and labels at zoom k, relative to the world origin. */
  const span = (k: number): [number, number] => {
    const font = labelFontSize(k) / LABEL_REFERENCE_SIZE;
    let low = Infinity,
      high = -Infinity;
    for (let at = 0; at < xs.length; at++) {
      const x = xs[at]! * k;
      const shape = screenRadius(room.radius[at]!, k) * room.reach[at]!;
      const label = LABEL_GAP + room.labelWidth[at]! * font + LABEL_PAD;
      low = Math.min(low, x - shape - (room.side[at]! < 0 ? label : 0));
      high = Math.max(high, x + shape + (room.side[at]! > 0 ? label : 0));
    }
    return [low, high];
  };
  const fits = (k: number) => {
    const [low, high] = span(k);
    return high - low <= available;
  };
  // Widths grow with the zoom: bisect for the largest zoom at which everything fits.
  let k = Math.min(maxScale, tallest);
  if (!fits(k)) {
    // Labels wider than the canvas fit at no zoom: frame the nodes alone.
    if (!fits(SCALE_EXTENT[0])) return fitTransform(xs, ys, size, maxScale);
    let low = SCALE_EXTENT[0];
    for (let step = 0; step < 30; step++) {
      const middle = (low + k) / 2;
      if (fits(middle)) low = middle;
      else k = middle;
    }
    k = low;
  }
  const [low, high] = span(k);
  return { k, x: PADDING + (available - (high - low)) / 2 - low, y: y(k) };
}

/** Zooms by `factor` around the centre of the canvas, within SCALE_EXTENT. */
export function zoomAround(from: Transform, factor: number, size: Size): Transform {
  const k = Math.min(SCALE_EXTENT[1], Math.max(SCALE_EXTENT[0], from.k * factor));
  const cx = size.width / 2,
    cy = size.height / 2;
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
