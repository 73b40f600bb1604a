import { HIGHLIGHT_COLOR, KIND_COLOR, STATUS_COLOR, teamColor } from './colors.js';
import { drawLabels } from './draw-labels.js';
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
const EDGE = 'rgba(139,148,158,0.34)';
const EDGE_DIM = 'rgba(139,148,158,0.07)';

/**
 * Draws one frame in screen space: lanes and column headers, edges batched
 * into one path per style, nodes batched by kind and treatment, then labels.
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
  drawNodes(ctx, scene, sx, sy, sr, onScreen);
  drawLabels(ctx, scene, sx, sy, sr, onScreen, t.k >= 0.75, width, height);
}

function drawLanes(ctx: CanvasRenderingContext2D, scene: Scene, t: Transform, width: number, height: number): void {
  if (!scene.lanes.length) return;
  const left = (scene.columns[0]?.left ?? 0) * t.k + t.x - 30 * t.k;
  const last = scene.columns[scene.columns.length - 1];
  const right = last ? (last.left + last.width) * t.k + t.x + 200 * t.k : width;
  for (const lane of scene.lanes) {
    const top = lane.top * t.k + t.y;
    const bottom = (lane.bottom + 4) * t.k + t.y;
    if (bottom < 0 || top > height) continue;
    ctx.fillStyle = teamColor(lane.team);
    ctx.globalAlpha = 0.055;
    ctx.fillRect(left, top, right - left, bottom - top);
    ctx.globalAlpha = 0.5;
    ctx.fillRect(left, top, 3, bottom - top);
    ctx.globalAlpha = 0.9;
    ctx.font = '600 11px system-ui, sans-serif';
    ctx.textBaseline = 'top';
    if (24 * t.k >= 12 || bottom - top > 40) ctx.fillText(lane.team < 0 ? 'no owner' : scene.data.teams[lane.team]!, Math.max(left + 10, 8), Math.max(top + 6, 6));
  }
  ctx.globalAlpha = 0.75;
  ctx.fillStyle = '#8b949e';
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textBaseline = 'bottom';
  for (const column of scene.columns) {
    const x = column.left * t.k + t.x - 8;
    const y = (scene.lanes[0]!.top - 8) * t.k + t.y;
    ctx.fillText(column.title.toUpperCase(), x, Math.max(y, 18));
  }
  ctx.globalAlpha = 1;
}

function drawEdges(ctx: CanvasRenderingContext2D, scene: Scene, sx: Float32Array, sy: Float32Array, width: number, height: number, k: number): void {
  const { data, mark, visible } = scene;
  const selecting = scene.selected >= 0;
  const curved = data.edges.length < 6000 && scene.lanes.length > 0;
  // One path per style: [normal, dim, upstream, downstream, changed/affected].
  const styles = [EDGE, EDGE_DIM, HIGHLIGHT_COLOR.up, HIGHLIGHT_COLOR.down, STATUS_COLOR.affected];
  const widths = [Math.min(1.4, 0.6 + k * 0.5), 0.8, 1.8, 1.8, 1.6];
  for (let style = 0; style < styles.length; style++) {
    ctx.beginPath();
    let any = false;
    for (const [from, to] of data.edges) {
      if (!visible[from] || !visible[to]) continue;
      const x1 = sx[from]!, y1 = sy[from]!, x2 = sx[to]!, y2 = sy[to]!;
      if ((x1 < 0 && x2 < 0) || (x1 > width && x2 > width) || (y1 < 0 && y2 < 0) || (y1 > height && y2 > height)) continue;
      if (edgeStyle(scene, from, to, selecting, mark) !== style) continue;
      any = true;
      ctx.moveTo(x1, y1);
      if (curved && Math.abs(x2 - x1) > 20) {
        const bend = (x2 - x1) * 0.5;
        ctx.bezierCurveTo(x1 + bend, y1, x2 - bend, y2, x2, y2);
      } else ctx.lineTo(x2, y2);
    }
    if (!any) continue;
    ctx.strokeStyle = styles[style]!;
    ctx.lineWidth = widths[style]!;
    ctx.stroke();
  }
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

function drawNodes(ctx: CanvasRenderingContext2D, scene: Scene, sx: Float32Array, sy: Float32Array, sr: Float32Array, onScreen: Uint8Array): void {
  const { data, mark, visible } = scene;
  const faded: number[] = [];
  const bright: number[] = [];
  for (let node = 0; node < data.nodes.length; node++) {
    if (!visible[node] || !onScreen[node]) continue;
    const untouched = scene.overlay && !data.nodes[node]!.status;
    (mark[node] === Mark.Dim || (untouched && scene.selected < 0) ? faded : bright).push(node);
  }
  ctx.globalAlpha = 0.22;
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
  strokeByTeam(ctx, scene, bright, sx, sy, sr);
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
    if (sr[node]! < 4) continue;
    const team = scene.data.nodes[node]!.team;
    const list = byTeam.get(team);
    if (list) list.push(node);
    else byTeam.set(team, [node]);
  }
  for (const [team, members] of byTeam) {
    ctx.beginPath();
    for (const node of members) shapePath(ctx, scene.data.nodes[node]!.kind, sx[node]!, sy[node]!, sr[node]! + 1);
    ctx.strokeStyle = teamColor(team);
    ctx.lineWidth = 2;
    ctx.stroke();
  }
}
