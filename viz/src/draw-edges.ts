import { HIGHLIGHT_COLOR, STATUS_COLOR } from './colors.js';
import { EDGES } from './detail.js';
import { Mark, type Scene } from './scene.js';

const EDGE_RGB = '139,148,158';

/**
 * Edges on screen, sorted into their style first (normal, dimmed, upstream,
 * downstream, within the change) so 15,000 edges cost one pass and five
 * strokes. Curves while there are few, straight lines past EDGES.curvedBelow.
 */
export function drawEdges(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  sx: Float32Array,
  sy: Float32Array,
  width: number,
  height: number,
  k: number,
): void {
  const { data, mark, visible } = scene;
  const selecting = scene.selected >= 0;
  const curved = data.edges.length < EDGES.curvedBelow && scene.lanes.length > 0;
  // One path per style: [normal, dim, upstream, downstream, changed/affected].
  const widths = [Math.min(1.4, 0.6 + k * 0.5), 0.8, 1.8, 1.8, 1.6];
  const buckets: number[][] = [[], [], [], [], []];
  data.edges.forEach(([from, to], edge) => {
    if (!visible[from] || !visible[to]) return;
    const x1 = sx[from]!,
      y1 = sy[from]!,
      x2 = sx[to]!,
      y2 = sy[to]!;
    if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) return;
    buckets[edgeStyle(scene, from, to, selecting, mark)]!.push(edge);
  });
  // Thousands of edges on screen at full strength are a grey wash: fade them with their number.
  const density = Math.min(1, 1500 / Math.max(1, buckets[0]!.length + buckets[1]!.length));
  const styles = [
    `rgba(${EDGE_RGB},${(0.36 * Math.max(0.2, density)).toFixed(3)})`,
    `rgba(${EDGE_RGB},${(0.08 * Math.max(0.35, density)).toFixed(3)})`,
    HIGHLIGHT_COLOR.up,
    HIGHLIGHT_COLOR.down,
    STATUS_COLOR.affected,
  ];
  const possible = data.possibleEdges;
  buckets.forEach((all, style) => {
    // A possible consumes edge (a flow lost statically) is dashed in whatever style its ends give it.
    const groups = possible
      ? [all.filter((edge) => !(edge in possible)), all.filter((edge) => edge in possible)]
      : [all];
    groups.forEach((edges, dashed) => {
      if (!edges.length) return;
      ctx.setLineDash(dashed ? [5, 4] : []);
      strokeEdges(ctx, data.edges, edges, sx, sy, curved);
      ctx.strokeStyle = styles[style]!;
      ctx.lineWidth = widths[style]!;
      ctx.stroke();
    });
  });
  ctx.setLineDash([]);
}

/** One path of the given edges: curves while there are few, straight lines past EDGES.curvedBelow. */
function strokeEdges(
  ctx: CanvasRenderingContext2D,
  pairs: readonly [number, number, number][],
  edges: readonly number[],
  sx: Float32Array,
  sy: Float32Array,
  curved: boolean,
): void {
  ctx.beginPath();
  for (const edge of edges) {
    const [from, to] = pairs[edge]!;
    const x1 = sx[from]!,
      y1 = sy[from]!,
      x2 = sx[to]!,
      y2 = sy[to]!;
    ctx.moveTo(x1, y1);
    if (curved && Math.abs(x2 - x1) > 20) {
      const bend = (x2 - x1) * 0.5;
      ctx.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
    } else ctx.lineTo(x2, y2);
  }
}

function edgeStyle(scene: Scene, from: number, to: number, selecting: boolean, mark: Uint8Array): number {
  if (selecting) {
    const a = mark[from]!,
      b = mark[to]!;
    if (
      (a === Mark.Upstream || a === Mark.Selected) &&
      (b === Mark.Upstream || b === Mark.Selected) &&
      !(a === Mark.Selected && b === Mark.Upstream)
    )
      return 2;
    if (
      (a === Mark.Downstream || a === Mark.Selected) &&
      (b === Mark.Downstream || b === Mark.Selected) &&
      !(b === Mark.Selected && a === Mark.Downstream)
    )
      return 3;
    return 1;
  }
  if (scene.overlay) {
    const a = scene.data.nodes[from]!.status,
      b = scene.data.nodes[to]!.status;
    return a && b ? 4 : 1;
  }
  return 0;
}
