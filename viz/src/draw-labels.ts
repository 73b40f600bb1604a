import { Mark, type Scene } from './scene.js';

const CELL = 48;
const FONT = '12px "Inter", system-ui, -apple-system, "Segoe UI", sans-serif';
const BOLD = '600 13px "Inter", system-ui, -apple-system, "Segoe UI", sans-serif';

/**
 * Labels that never pile up: candidates go in priority order (selection, its
 * neighbourhood, search hits, changed nodes, then by number of dependents) and
 * each takes its place only if its box hits no label placed before it. A
 * coarse grid keeps the overlap test cheap at thousands of candidates.
 */
export function drawLabels(ctx: CanvasRenderingContext2D, scene: Scene, sx: Float32Array, sy: Float32Array, sr: Float32Array, onScreen: Uint8Array, zoomedIn: boolean, width: number, height: number): void {
  const grid = new Map<number, number[][]>();
  const fits = (box: number[]) => {
    for (let cx = Math.floor(box[0]! / CELL); cx <= Math.floor(box[2]! / CELL); cx++) {
      for (let cy = Math.floor(box[1]! / CELL); cy <= Math.floor(box[3]! / CELL); cy++) {
        for (const other of grid.get(cx * 4096 + cy) ?? []) {
          if (box[0]! < other[2]! && box[2]! > other[0]! && box[1]! < other[3]! && box[3]! > other[1]!) return false;
        }
      }
    }
    return true;
  };
  const occupy = (box: number[]) => {
    for (let cx = Math.floor(box[0]! / CELL); cx <= Math.floor(box[2]! / CELL); cx++) {
      for (let cy = Math.floor(box[1]! / CELL); cy <= Math.floor(box[3]! / CELL); cy++) {
        const key = cx * 4096 + cy;
        const cell = grid.get(key);
        if (cell) cell.push(box);
        else grid.set(key, [box]);
      }
    }
  };
  // Node discs count as occupied, so labels do not cover other nodes when zoomed in.
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
  const seen = new Set<number>();
  let placed = 0;
  let tried = 0;
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  const place = (node: number, important: boolean) => {
    if (seen.has(node) || !onScreen[node] || !scene.visible[node]) return;
    seen.add(node);
    tried++;
    const label = scene.data.nodes[node]!.label;
    const bold = node === scene.selected || node === scene.hover;
    ctx.font = bold ? BOLD : FONT;
    const textWidth = Math.min(ctx.measureText(label).width, 260);
    const left = sx[node]! + sr[node]! + 5;
    const box = [left - 2, sy[node]! - 8, left + textWidth + 2, sy[node]! + 8];
    if (box[2]! < 0 || box[0]! > width || box[3]! < 0 || box[1]! > height) return;
    if (!fits(box)) return;
    occupy(box);
    placed++;
    const dim = scene.mark[node] === Mark.Dim || (scene.overlay && scene.selected < 0 && !scene.data.nodes[node]!.status);
    ctx.globalAlpha = dim ? 0.35 : 1;
    ctx.strokeStyle = 'rgba(11,15,23,0.92)';
    ctx.lineWidth = 4;
    ctx.strokeText(label, left, sy[node]!, 260);
    ctx.fillStyle = bold ? '#ffffff' : important ? '#e6edf3' : '#b7c1cc';
    ctx.fillText(label, left, sy[node]!, 260);
  };
  for (const node of priority) place(node, true);
  if (!zoomedIn && placed > 0 && scene.selected >= 0) return;
  for (const node of scene.labelOrder) {
    if (placed >= 400 || tried >= 2500) break;
    if (!zoomedIn && scene.data.nodes.length > 300 && scene.data.nodes[node]!.dependents < 2) break;
    place(node, false);
  }
  ctx.globalAlpha = 1;
}
