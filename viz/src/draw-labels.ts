import { LABELS } from './detail.js';
import { Mark, type Scene } from './scene.js';
import { labelFontSize } from './screen-metrics.js';

const CELL = 48;
const FAMILY = '"Inter", system-ui, -apple-system, "Segoe UI", sans-serif';

/** Where each node is on screen this frame. */
export interface ScreenNodes {
  sx: Float32Array;
  sy: Float32Array;
  sr: Float32Array;
  onScreen: Uint8Array;
  /** Boxes already written (lane names, column headers). */
  reserved: number[][];
}

/**
 * Labels that never pile up: candidates go in priority order (selection, hover,
 * search hits, the highlighted neighbourhood, changed nodes, then by number of
 * dependents) and each takes its place only if its box hits no label placed
 * before it. A coarse grid keeps the overlap test cheap at thousands of
 * candidates. The boxes placed are kept on the scene for the browser tests.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, screen: ScreenNodes, k: number, width: number, height: number): void {
  const { sx, sy, sr, onScreen } = screen;
  const zoomedIn = k >= LABELS.zoomedInScale;
  const size = labelFontSize(k);
  const grid = new Map<number, number[][]>();
  const cells = (box: number[], visit: (key: number) => boolean | void) => {
    for (let cx = Math.floor(box[0]! / CELL); cx <= Math.floor(box[2]! / CELL); cx++) {
      for (let cy = Math.floor(box[1]! / CELL); cy <= Math.floor(box[3]! / CELL); cy++) if (visit(cx * 4096 + cy) === false) return false;
    }
    return true;
  };
  const fits = (box: number[]) =>
    cells(box, (key) => !(grid.get(key) ?? []).some((other) => box[0]! < other[2]! && box[2]! > other[0]! && box[1]! < other[3]! && box[3]! > other[1]!));
  const occupy = (box: number[]) =>
    void cells(box, (key) => {
      const cell = grid.get(key);
      if (cell) cell.push(box);
      else grid.set(key, [box]);
    });
  for (const box of screen.reserved) occupy(box);
  // Node shapes count as occupied once they are big enough to read, so labels do not cover other nodes.
  if (zoomedIn) {
    for (let node = 0; node < onScreen.length; node++) {
      if (onScreen[node] && scene.visible[node]) occupy([sx[node]! - sr[node]!, sy[node]! - sr[node]!, sx[node]! + sr[node]!, sy[node]! + sr[node]!]);
    }
  }
  const priority: number[] = [];
  if (scene.selected >= 0) priority.push(scene.selected);
  if (scene.hover >= 0) priority.push(scene.hover);
  for (const node of scene.matches) priority.push(node);
  for (const node of scene.labelOrder) {
    const mark = scene.mark[node]!;
    if (mark === Mark.Upstream || mark === Mark.Downstream || (scene.overlay && scene.data.nodes[node]!.status)) priority.push(node);
  }

  scene.placed = [];
  const seen = new Set<number>();
  let tried = 0;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const place = (node: number, important: boolean) => {
    if (seen.has(node) || !onScreen[node] || !scene.visible[node]) return;
    seen.add(node);
    tried++;
    const bold = node === scene.selected || node === scene.hover;
    ctx.font = bold ? `600 ${size + 1}px ${FAMILY}` : `${size}px ${FAMILY}`;
    const { text, width: textWidth } = fitted(ctx, scene.data.nodes[node]!.label);
    const spot = findSpot(sx[node]!, sy[node]!, sr[node]!, textWidth, size * 0.6, (box, first) =>
      // The usual spot may run off the screen's edge (it pans in); a fallback must be wholly on screen.
      (first ? box[2]! >= 0 && box[0]! <= width && box[3]! >= 0 && box[1]! <= height : box[0]! >= 0 && box[2]! <= width && box[1]! >= 0 && box[3]! <= height) && fits(box));
    if (!spot) return;
    const [left, middle, box] = spot;
    occupy(box);
    scene.placed.push({ node, box, text });
    const dim = scene.mark[node] === Mark.Dim || (scene.overlay && scene.selected < 0 && !scene.data.nodes[node]!.status);
    ctx.globalAlpha = dim ? 0.4 : 1;
    ctx.strokeStyle = 'rgba(11,15,23,0.92)';
    ctx.lineWidth = 4;
    ctx.strokeText(text, left, middle);
    ctx.fillStyle = bold ? '#ffffff' : important ? '#e6edf3' : '#b7c1cc';
    ctx.fillText(text, left, middle);
  };
  for (const node of priority) place(node, true);
  // Zoomed out with a selection, only the selection's part of the graph speaks.
  if (!zoomedIn && scene.placed.length > 0 && scene.selected >= 0) return;
  const crowded = scene.data.nodes.length > LABELS.allBelow;
  // Zoomed out on a big graph, a few hub names orient; hundreds would be noise.
  const most = crowded && !zoomedIn ? LABELS.overviewPlaced : LABELS.maxPlaced;
  for (const node of scene.labelOrder) {
    if (scene.placed.length >= most || tried >= LABELS.maxTried) break;
    if (!zoomedIn && crowded && scene.data.nodes[node]!.dependents < LABELS.hubDependents) break;
    place(node, false);
  }
  ctx.globalAlpha = 1;
}

/**
 * Right of the node first (where the layered view leaves room), then left,
 * below and above: the first box that is free. Returns `[left, middle, box]`.
 */
function findSpot(x: number, y: number, r: number, w: number, half: number, free: (box: number[], first: boolean) => boolean): [number, number, number[]] | undefined {
  const spots: [number, number][] = [
    [x + r + 5, y],
    [x - r - 5 - w, y],
    [x - w / 2, y + r + half + 3],
    [x - w / 2, y - r - half - 3],
  ];
  for (const [position, [left, middle]] of spots.entries()) {
    const box = [left - 2, middle - half, left + w + 2, middle + half];
    if (free(box, position === 0)) return [left, middle, box];
  }
  return undefined;
}

/** A label's drawn width at this font size (cut as drawn): what a fit makes room for. */
export function labelWidth(ctx: CanvasRenderingContext2D, label: string, size: number): number {
  ctx.font = `${size}px ${FAMILY}`;
  return fitted(ctx, label).width;
}

const cache = new Map<string, { text: string; width: number }>();

/** The label, cut with an ellipsis past the maximum width; measured once per font. */
function fitted(ctx: CanvasRenderingContext2D, label: string): { text: string; width: number } {
  const key = `${ctx.font}\u0000${label}`;
  let entry = cache.get(key);
  if (!entry) {
    let text = label;
    let width = ctx.measureText(text).width;
    // Each pass is at least one character shorter, so the loop ends whatever the font measures.
    while (width > LABELS.maxWidth && text.length > 2) {
      const keep = Math.max(1, Math.min(text.length - 2, Math.floor(text.length * (LABELS.maxWidth / width)) - 1));
      text = `${text.slice(0, keep)}…`;
      width = ctx.measureText(text).width;
    }
    entry = { text, width };
    if (cache.size > 20_000) cache.clear();
    cache.set(key, entry);
  }
  return entry;
}
