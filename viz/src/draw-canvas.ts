import { HIGHLIGHT_COLOR, KIND_COLOR, STATUS_COLOR, teamColor } from './colors.js';
import { EDGES, LABELS, OUTLINE_MIN_RADIUS } from './detail.js';
import { drawLabels } from './draw-labels.js';
import { drawLanes, drawLaneTitles } from './draw-lanes.js';
import { shapePath } from './draw-shapes.js';
import { Mark, type Scene } from './scene.js';
import type { NodeKind } from './types.js';
import { KIND_ORDER } from './types.js';

export interface Transform {
  x: number;
  y: number;
  k: number;
}

const BACKGROUND = '#0b0f17';
const EDGE_RGB = '139,148,158';

/**
 * Draws one frame in screen space: lanes, edges batched into one path per
 * style, nodes batched by kind and treatment, lane and column titles, labels.
 * Nodes keep a minimum on-screen size so a zoomed-out 5,000-node map still
 * shows every node as a dot.
 */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene, t: Transform, width: number, height: number): void {
  const { data } = scene;
  const count = data.nodes.length;
  ctx.fillStyle = BACKGROUND;
  ctx.fillRect(0, 0, width, height);
  drawLanes(ctx, scene, t, width, height);

  const sx = new Float32Array(count);
  const sy = new Float32Array(count);
  const sr = new Float32Array(count);
  const onScreen = new Uint8Array(count);
  const scale = Math.min(1.6, Math.max(0.35, Math.sqrt(t.k)));
  for (let node = 0; node < count; node++) {
    sx[node] = scene.x[node]! * t.k + t.x;
    sy[node] = scene.y[node]! * t.k + t.y;
    sr[node] = Math.max(2.2, scene.radius[node]! * (t.k < 1 ? t.k * 0.7 + 0.3 * scale : scale));
    const margin = sr[node]! + 2;
    onScreen[node] = sx[node]! > -margin && sx[node]! < width + margin && sy[node]! > -margin && sy[node]! < height + margin ? 1 : 0;
  }
  drawEdges(ctx, scene, sx, sy, width, height, t.k);
  drawNodes(ctx, scene, sx, sy, sr, onScreen, t.k);
  const reserved = drawLaneTitles(ctx, scene, t, height);
  drawLabels(ctx, scene, { sx, sy, sr, onScreen, reserved }, t.k, width, height);
}

function drawEdges(ctx: CanvasRenderingContext2D, scene: Scene, sx: Float32Array, sy: Float32Array, width: number, height: number, k: number): void {
  const { data, mark, visible } = scene;
  const selecting = scene.selected >= 0;
  const curved = data.edges.length < EDGES.curvedBelow && scene.lanes.length > 0;
  // One path per style: [normal, dim, upstream, downstream, changed/affected].
  const widths = [Math.min(1.4, 0.6 + k * 0.5), 0.8, 1.8, 1.8, 1.6];
  // Sort on-screen edges into their style first, so 15,000 edges cost one pass and five strokes.
  const buckets: number[][] = [[], [], [], [], []];
  data.edges.forEach(([from, to], edge) => {
    if (!visible[from] || !visible[to]) return;
    const x1 = sx[from]!, y1 = sy[from]!, x2 = sx[to]!, y2 = sy[to]!;
    if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) return;
    buckets[edgeStyle(scene, from, to, selecting, mark)]!.push(edge);
  });
  // Thousands of edges on screen at full strength are a grey wash: fade them with their number.
  const density = Math.min(1, 1500 / Math.max(1, buckets[0]!.length + buckets[1]!.length));
  const styles = [`rgba(${EDGE_RGB},${(0.36 * Math.max(0.2, density)).toFixed(3)})`, `rgba(${EDGE_RGB},${(0.08 * Math.max(0.35, density)).toFixed(3)})`, HIGHLIGHT_COLOR.up, HIGHLIGHT_COLOR.down, STATUS_COLOR.affected];
  buckets.forEach((edges, style) => {
    if (!edges.length) return;
    ctx.beginPath();
    for (const edge of edges) {
      const [from, to] = data.edges[edge]!;
      const x1 = sx[from]!, y1 = sy[from]!, x2 = sx[to]!, y2 = sy[to]!;
      ctx.moveTo(x1, y1);
      if (curved && Math.abs(x2 - x1) > 20) {
        const bend = (x2 - x1) * 0.5;
        ctx.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
      } else ctx.lineTo(x2, y2);
    }
    ctx.strokeStyle = styles[style]!;
    ctx.lineWidth = widths[style]!;
    ctx.stroke();
  });
}

function edgeStyle(scene: Scene, from: number, to: number, selecting: boolean, mark: Uint8Array): number {
  if (selecting) {
    const a = mark[from]!, b = mark[to]!;
    if ((a === Mark.Upstream || a === Mark.Selected) && (b === Mark.Upstream || b === Mark.Selected) && !(a === Mark.Selected && b === Mark.Upstream)) return 2;
    if ((a === Mark.Downstream || a === Mark.Selected) && (b === Mark.Downstream || b === Mark.Selected) && !(b === Mark.Selected && a === Mark.Downstream)) return 3;
    return 1;
  }
  if (scene.overlay) {
    const a = scene.data.nodes[from]!.status, b = scene.data.nodes[to]!.status;
    return a && b ? 4 : 1;
  }
  return 0;
}

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, sx: Float32Array, sy: Float32Array, sr: Float32Array, onScreen: Uint8Array, k: number): void {
  const { data, mark, visible } = scene;
  const faded: number[] = [];
  const bright: number[] = [];
  for (let node = 0; node < data.nodes.length; node++) {
    if (!visible[node] || !onScreen[node]) continue;
    const untouched = scene.overlay && !data.nodes[node]!.status;
    (mark[node] === Mark.Dim || (untouched && scene.selected < 0) ? faded : bright).push(node);
  }
  ctx.globalAlpha = 0.32;
  fillByKind(ctx, scene, faded, sx, sy, sr, true);
  ctx.globalAlpha = 1;
  // Halos first: change status, then highlight rings, so fills sit on top.
  for (const node of bright) {
    const status = scene.overlay ? data.nodes[node]!.status : undefined;
    if (!status) continue;
    ctx.beginPath();
    ctx.arc(sx[node]!, sy[node]!, sr[node]! + 5, 0, Math.PI * 2);
    ctx.fillStyle = status === 'changed' ? 'rgba(255,92,92,0.35)' : 'rgba(255,174,66,0.28)';
    ctx.fill();
  }
  fillByKind(ctx, scene, bright, sx, sy, sr, false);
  // With the overlay on, the status is the outline's message; team shows in the lanes.
  // Zoomed out on a big graph, thousands of rings are noise: outlines wait for the zoom.
  if (!scene.overlay && (scene.data.nodes.length <= LABELS.allBelow || k >= LABELS.zoomedInScale)) strokeByTeam(ctx, scene, bright, sx, sy, sr);
  for (const node of bright) {
    const ring = ringColor(scene, node);
    if (!ring) continue;
    ctx.beginPath();
    ctx.arc(sx[node]!, sy[node]!, sr[node]! + 3.5, 0, Math.PI * 2);
    ctx.strokeStyle = ring;
    ctx.lineWidth = node === scene.selected ? 3 : 2;
    ctx.stroke();
  }
}

function ringColor(scene: Scene, node: number): string | undefined {
  if (node === scene.selected) return HIGHLIGHT_COLOR.selected;
  if (node === scene.hover) return '#e6edf3';
  if (scene.matches.has(node)) return '#f2cc60';
  const status = scene.overlay ? scene.data.nodes[node]!.status : undefined;
  if (status) return STATUS_COLOR[status];
  if (scene.mark[node] === Mark.Upstream) return HIGHLIGHT_COLOR.up;
  if (scene.mark[node] === Mark.Downstream) return HIGHLIGHT_COLOR.down;
  return undefined;
}

function fillByKind(ctx: CanvasRenderingContext2D, scene: Scene, nodes: number[], sx: Float32Array, sy: Float32Array, sr: Float32Array, faded: boolean): void {
  // With the overlay on, changed and affected nodes take the status colour; the shape still tells the kind.
  const fills: [string, (node: number) => boolean][] = [];
  for (const kind of KIND_ORDER as NodeKind[]) {
    const status = (node: number) => (scene.overlay ? scene.data.nodes[node]!.status : undefined);
    fills.push([faded ? '#5b6470' : KIND_COLOR[kind], (node) => scene.data.nodes[node]!.kind === kind && (faded || !status(node))]);
    if (!faded) {
      fills.push([STATUS_COLOR.affected, (node) => scene.data.nodes[node]!.kind === kind && status(node) === 'affected']);
      fills.push([STATUS_COLOR.changed, (node) => scene.data.nodes[node]!.kind === kind && status(node) === 'changed']);
    }
  }
  for (const [color, wanted] of fills) {
    ctx.beginPath();
    let any = false;
    for (const node of nodes) {
      if (!wanted(node)) continue;
      shapePath(ctx, scene.data.nodes[node]!.kind, sx[node]!, sy[node]!, sr[node]!);
      any = true;
    }
    if (!any) continue;
    ctx.fillStyle = color;
    ctx.fill();
  }
}

function strokeByTeam(ctx: CanvasRenderingContext2D, scene: Scene, nodes: number[], sx: Float32Array, sy: Float32Array, sr: Float32Array): void {
  const byTeam = new Map<number, number[]>();
  for (const node of nodes) {
    if (sr[node]! < OUTLINE_MIN_RADIUS) continue;
    const team = scene.data.nodes[node]!.team;
    const list = byTeam.get(team);
    if (list) list.push(node);
    else byTeam.set(team, [node]);
  }
  for (const [team, members] of byTeam) {
    ctx.beginPath();
    // A dark gap between fill and outline keeps the team colour readable next to any kind colour.
    for (const node of members) shapePath(ctx, scene.data.nodes[node]!.kind, sx[node]!, sy[node]!, sr[node]! + 2.2);
    ctx.strokeStyle = teamColor(team);
    ctx.lineWidth = 1.8;
    ctx.stroke();
  }
}
