import { LABELS } from './detail.js';
import { createLabelGrid } from './label-grid.js';
import { findSpot, labelSide } from './label-spots.js';
import { Mark, type Scene } from './scene.js';
import { labelFontSize, SHAPE_REACH } from './screen-metrics.js';

const FAMILY = '"Inter", system-ui, -apple-system, "Segoe UI", sans-serif';
/** Screen pixels kept clear left and right of other nodes' shapes, so a label never ends beside a node as if it named it; a label sits LABEL_GAP from its own. */
const NODE_MARGIN = 7;
/** The map's background, nearly opaque: edges pass under a label instead of striking through its text. */
const GROUND = 'rgba(11,15,23,0.86)';

/** Where each node is on screen this frame. */
export interface ScreenNodes {
  sx: Float32Array;
  sy: Float32Array;
  sr: Float32Array;
  onScreen: Uint8Array;
  /** Boxes already written (lane names, column headers). */
  reserved: number[][];
}

interface Placed {
  node: number;
  box: number[];
  text: string;
  left: number;
  middle: number;
  font: string;
  color: string;
  alpha: number;
}

/**
 * Labels that never pile up and never cover a node: candidates go in priority
 * order (selection, hover, search hits, the highlighted neighbourhood, changed
 * nodes, then by number of dependents, so hubs come first in every view) and
 * each takes the first spot around its node that hits no label placed before
 * it and no other node's shape. All are placed first, then drawn: one path of
 * dark grounds, so edges run under the text, then the text. The boxes placed
 * are kept on the scene for the browser tests.
 */
export function drawLabels(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  screen: ScreenNodes,
  k: number,
  width: number,
  height: number,
): void {
  const { sx, sy, sr, onScreen } = screen;
  const { data } = scene;
  const zoomedIn = k >= LABELS.zoomedInScale;
  const crowded = data.nodes.length > LABELS.allBelow;
  // A big graph seen whole, or still moving under the force layout, gets a few hub names to orient by.
  const overview = crowded && (!zoomedIn || scene.moving);
  const size = labelFontSize(k);
  const half = size * 0.6;
  const grid = createLabelGrid();
  for (const box of screen.reserved) grid.occupy(box);
  // Node shapes block labels wherever they can be told apart: on a small graph always, on a big one zoomed in.
  if (!overview) {
    for (let node = 0; node < onScreen.length; node++) {
      if (!onScreen[node] || !scene.visible[node]) continue;
      const reach = sr[node]! * SHAPE_REACH[data.nodes[node]!.kind];
      grid.occupy([sx[node]! - reach, sy[node]! - reach, sx[node]! + reach, sy[node]! + reach], node);
    }
  }
  const priority: number[] = [];
  if (scene.selected >= 0) priority.push(scene.selected);
  if (scene.hover >= 0) priority.push(scene.hover);
  for (const node of scene.matches) priority.push(node);
  for (const node of scene.labelOrder) {
    const mark = scene.mark[node]!;
    if (mark === Mark.Upstream || mark === Mark.Downstream || (scene.overlay && data.nodes[node]!.status))
      priority.push(node);
  }

  const placed: Placed[] = [];
  const seen = new Set<number>();
  let tried = 0;
  const place = (node: number, important: boolean) => {
    if (seen.has(node) || !onScreen[node] || !scene.visible[node]) return;
    seen.add(node);
    tried++;
    const bold = node === scene.selected || node === scene.hover;
    const font = bold ? `600 ${size + 1}px ${FAMILY}` : `${size}px ${FAMILY}`;
    ctx.font = font;
    const reach = sr[node]! * SHAPE_REACH[data.nodes[node]!.kind];
    const search = (textWidth: number, margin: number) =>
      findSpot(
        sx[node]!,
        sy[node]!,
        reach,
        textWidth,
        half,
        labelSide(scene, sx[node]! < width / 2),
        (box, first) =>
          // The usual spot may run off the screen's edge (it pans in); a fallback must be wholly on screen.
          (first
            ? box[2]! >= 0 && box[0]! <= width && box[3]! >= 0 && box[1]! <= height
            : box[0]! >= 0 && box[2]! <= width && box[1]! >= 0 && box[3]! <= height) && grid.free(box, node, margin),
      );
    // A label keeps clear of other nodes so it cannot pass for theirs; a hub's or the selection's may come closer rather than go missing.
    const mayCrowd = bold || data.nodes[node]!.dependents >= LABELS.hubDependents;
    // Where the whole name finds no room, the symbol alone (`ANSWER_RULES` for `system-prompt.ts#ANSWER_RULES`) may.
    let spot: ReturnType<typeof findSpot>;
    let text = '';
    for (const name of labelNames(data.nodes[node]!.label)) {
      const measured = fitted(ctx, name);
      spot = search(measured.width, NODE_MARGIN) ?? (mayCrowd ? search(measured.width, 0) : undefined);
      text = measured.text;
      if (spot) break;
    }
    if (!spot) return;
    grid.occupy(spot.box);
    const dim = scene.mark[node] === Mark.Dim || (scene.overlay && scene.selected < 0 && !data.nodes[node]!.status);
    placed.push({
      node,
      text,
      font,
      ...spot,
      color: bold ? '#ffffff' : important ? '#e6edf3' : '#b7c1cc',
      alpha: dim ? 0.4 : 1,
    });
  };
  for (const node of priority) place(node, true);
  // Zoomed out with a selection, only the selection's part of the graph speaks.
  const selectionOnly = !zoomedIn && placed.length > 0 && scene.selected >= 0;
  const most = overview ? LABELS.overviewPlaced : LABELS.maxPlaced;
  for (const node of selectionOnly ? [] : scene.labelOrder) {
    if (placed.length >= most || tried >= LABELS.maxTried) break;
    if (overview && data.nodes[node]!.dependents < LABELS.hubDependents) break;
    place(node, false);
  }
  scene.placed = placed.map(({ node, box, text }) => ({ node, box, text }));
  paint(ctx, placed);
}

function paint(ctx: CanvasRenderingContext2D, placed: Placed[]): void {
  ctx.beginPath();
  for (const { box } of placed) ctx.rect(box[0]!, box[1]!, box[2]! - box[0]!, box[3]! - box[1]!);
  ctx.fillStyle = GROUND;
  ctx.fill();
  ctx.textBaseline = 'middle';
  let font = '';
  for (const label of placed) {
    if (label.font !== font) ctx.font = font = label.font;
    ctx.globalAlpha = label.alpha;
    ctx.fillStyle = label.color;
    ctx.fillText(label.text, label.left, label.middle);
  }
  ctx.globalAlpha = 1;
}

/** The names a label may be drawn as, longest first: `file#symbol`, then `symbol`. */
function labelNames(label: string): string[] {
  const hash = label.lastIndexOf('#');
  return hash > 0 && hash < label.length - 1 ? [label, label.slice(hash + 1)] : [label];
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
