import type { Scene } from './scene.js';
import { LABEL_GAP, LABEL_PAD } from './screen-metrics.js';

/**
 * Which side of its node a label tries first: 1 right, -1 left. In the
 * layered view the right, where the columns leave room; in the force view
 * away from the middle of the screen, so labels fan out from the crowded
 * centre and a fit can tell where they will be.
 */
export function labelSide(scene: Scene, leftOfMiddle: boolean): number {
  return scene.lanes.length || !leftOfMiddle ? 1 : -1;
}

/**
 * Beside the node on its `side` first, then the other side, then either side
 * half a line up or down, below, above, and the four corners: the first box
 * that is free.
 */
export function findSpot(
  x: number,
  y: number,
  reach: number,
  w: number,
  half: number,
  side: number,
  free: (box: number[], first: boolean) => boolean,
): { left: number; middle: number; box: number[] } | undefined {
  const below = y + reach + half + 2;
  const above = y - reach - half - 2;
  const right = x + reach + LABEL_GAP;
  const left = x - reach - LABEL_GAP - w;
  const [near, far] = side > 0 ? [right, left] : [left, right];
  const spots: [number, number][] = [
    [near, y],
    [far, y],
    // Beside the node, resting on or hanging from its centre line.
    [near, y - half - 1],
    [near, y + half + 1],
    [far, y - half - 1],
    [far, y + half + 1],
    [x - w / 2, below],
    [x - w / 2, above],
    [x + reach * 0.5, below],
    [x + reach * 0.5, above],
    [x - reach * 0.5 - w, below],
    [x - reach * 0.5 - w, above],
  ];
  for (const [position, [left, middle]] of spots.entries()) {
    const box = [left - LABEL_PAD, middle - half, left + w + LABEL_PAD, middle + half];
    if (free(box, position === 0)) return { left, middle, box };
  }
  return undefined;
}
