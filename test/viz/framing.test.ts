import { describe, expect, it } from 'vitest';
import { fitTransform, revealShift, zoomAround } from '../../viz/src/framing.js';
import {
  LABEL_GAP,
  LABEL_PAD,
  LABEL_REFERENCE_SIZE,
  labelFontSize,
  screenRadius,
} from '../../viz/src/screen-metrics.js';

const SIZE = { width: 1000, height: 700 };
const onScreen = (t: { x: number; y: number; k: number }, x: number, y: number) => ({
  x: x * t.k + t.x,
  y: y * t.k + t.y,
});

describe('fitTransform', () => {
  it('puts every point inside the canvas with room for labels on the right', () => {
    const xs = [0, 400, 1200, 90];
    const ys = [0, 300, 50, 600];
    const t = fitTransform(xs, ys, SIZE, 2.2);
    xs.forEach((x, at) => {
      const point = onScreen(t, x, ys[at]!);
      expect(point.x).toBeGreaterThanOrEqual(48);
      expect(point.x).toBeLessThanOrEqual(SIZE.width - 48 - 190);
      expect(point.y).toBeGreaterThanOrEqual(48);
      expect(point.y).toBeLessThanOrEqual(SIZE.height - 48);
    });
  });

  it('zooms in no further than asked on a single point, and centres it left of the label room', () => {
    const t = fitTransform([50], [80], SIZE, 1.6);
    expect(t.k).toBe(1.6);
    expect(onScreen(t, 50, 80)).toEqual({ x: (SIZE.width - 190) / 2, y: SIZE.height / 2 });
  });

  it('with measured labels, keeps every label inside and centres shapes and labels together', () => {
    // A right-hand column with long names, as the contracts and evals have, and one label on the left.
    const xs = [0, 300, 600, 600];
    const ys = [0, 100, 0, 100];
    const room = { radius: [8, 8, 8, 8], reach: [1, 1, 1, 1], labelWidth: [200, 60, 420, 300], side: [-1, 1, 1, 1] };
    const t = fitTransform(xs, ys, SIZE, 2.2, room);
    const label = (at: number) =>
      LABEL_GAP + room.labelWidth[at]! * (labelFontSize(t.k) / LABEL_REFERENCE_SIZE) + LABEL_PAD;
    const shape = screenRadius(8, t.k);
    const lefts = xs.map((x, at) => x * t.k + t.x - shape - (room.side[at]! < 0 ? label(at) : 0));
    const rights = xs.map((x, at) => x * t.k + t.x + shape + (room.side[at]! > 0 ? label(at) : 0));
    expect(Math.max(...rights)).toBeLessThanOrEqual(SIZE.width - 48 + 1e-6);
    expect(Math.min(...lefts)).toBeGreaterThanOrEqual(48 - 1e-6);
    // Centred: the same margin on both sides, and as large a zoom as that allows.
    expect(Math.min(...lefts) - 48).toBeCloseTo(SIZE.width - 48 - Math.max(...rights), 6);
    expect(Math.max(...rights) - Math.min(...lefts)).toBeGreaterThan(SIZE.width - 96 - 2);
  });

  it('with labels too wide for any zoom, frames the nodes alone rather than shrinking to nothing', () => {
    const t = fitTransform([0, 100], [0, 0], SIZE, 2.2, {
      radius: [8, 8],
      reach: [1, 1],
      labelWidth: [5000, 5000],
      side: [1, 1],
    });
    expect(t).toEqual(fitTransform([0, 100], [0, 0], SIZE, 2.2));
  });

  it('leaves a few far outliers of a big graph outside instead of shrinking the rest', () => {
    const xs = Array.from({ length: 1000 }, (_, at) => at % 100);
    const ys = Array.from({ length: 1000 }, (_, at) => Math.floor(at / 100));
    xs[0] = 100_000;
    expect(fitTransform(xs, ys, SIZE, 8).k).toBeGreaterThan(5);
  });
});

describe('zoomAround', () => {
  it('keeps the centre of the canvas on the same world point and stays within the zoom range', () => {
    const from = { x: 120, y: -40, k: 0.5 };
    const to = zoomAround(from, 1.5, SIZE);
    const world = (t: typeof from) => ({ x: (SIZE.width / 2 - t.x) / t.k, y: (SIZE.height / 2 - t.y) / t.k });
    expect(to.k).toBe(0.75);
    expect(world(to).x).toBeCloseTo(world(from).x, 9);
    expect(world(to).y).toBeCloseTo(world(from).y, 9);
    expect(zoomAround({ x: 0, y: 0, k: 7 }, 4, SIZE).k).toBe(8);
  });
});

describe('revealShift', () => {
  it('does not move a point already well inside, and brings an outside one in with its label', () => {
    expect(revealShift(400, 300, SIZE)).toEqual({ dx: 0, dy: 0 });
    expect(revealShift(990, 300, SIZE)).toEqual({ dx: SIZE.width - 80 - 160 - 990, dy: 0 });
    expect(revealShift(10, 5, SIZE)).toEqual({ dx: 70, dy: 75 });
  });
});
