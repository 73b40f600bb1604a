import { HIGHLIGHT_COLOR, KIND_COLOR, STATUS_COLOR, teamColor } from './colors.js';
import { LABELS, OUTLINE_MIN_RADIUS } from './detail.js';
import { shapePath } from './draw-shapes.js';
import { Mark, type Scene } from './scene.js';

/** Fill of dimmed nodes, whatever their kind. */
const FADED = '#5b6470';

/**
 * Nodes batched by kind and treatment: dimmed ones first and faint, then
 * change halos, fills (status colour under the overlay, kind colour
 * otherwise), team outlines, and rings for the selection, hover, search hits
 * and highlight.
 */
export function drawNodes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  sx: Float32Array,
  sy: Float32Array,
  sr: Float32Array,
  onScreen: Uint8Array,
  k: number,
): void {
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
    ctx.fillStyle = HALO[status];
    ctx.fill();
  }
  fillByKind(ctx, scene, bright, sx, sy, sr, false);
  // With the overlay on, the status is the outline's message; team shows in the lanes.
  // Zoomed out on a big graph, thousands of rings are noise: outlines wait for the zoom.
  if (!scene.overlay && (scene.data.nodes.length <= LABELS.allBelow || k >= LABELS.zoomedInScale))
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

/** Nodes sorted into their fill in one pass (kind colour, or the status colour under the overlay), then one path per fill. */
function fillByKind(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  nodes: number[],
  sx: Float32Array,
  sy: Float32Array,
  sr: Float32Array,
  faded: boolean,
): void {
  const fills = new Map<string, number[]>();
  for (const node of nodes) {
    const { kind, status } = scene.data.nodes[node]!;
    // With the overlay on, changed and affected nodes take the status colour; the shape still tells the kind.
    const color = faded ? FADED : scene.overlay && status ? STATUS_COLOR[status] : KIND_COLOR[kind];
    const members = fills.get(color);
    if (members) members.push(node);
    else fills.set(color, [node]);
  }
  for (const [color, members] of fills) {
    ctx.beginPath();
    for (const node of members) shapePath(ctx, scene.data.nodes[node]!.kind, sx[node]!, sy[node]!, sr[node]!);
    ctx.fillStyle = color;
    ctx.fill();
  }
}

function strokeByTeam(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  nodes: number[],
  sx: Float32Array,
  sy: Float32Array,
  sr: Float32Array,
): void {
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

const HALO = { changed: 'rgba(255,92,92,0.35)', affected: 'rgba(255,174,66,0.28)', possible: 'rgba(230,210,122,0.22)' };
