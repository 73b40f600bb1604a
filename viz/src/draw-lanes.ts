import { laneGroups } from './lane-groups.js';
import type { Transform } from './draw-canvas.js';
import type { Scene } from './scene.js';

const TITLE_FONT = '600 11px "Inter", system-ui, sans-serif';

/** Screen extent of a lane, or undefined when it is off screen. */
function laneBox(scene: Scene, lane: Scene['lanes'][number], t: Transform, width: number, height: number) {
  const left = (scene.columns[0]?.left ?? 0) * t.k + t.x - 30 * t.k;
  const last = scene.columns[scene.columns.length - 1];
  const right = last ? (last.left + last.width) * t.k + t.x + 200 * t.k : width;
  const top = lane.top * t.k + t.y;
  const bottom = (lane.bottom + 4) * t.k + t.y;
  return bottom < 0 || top > height ? undefined : { left, right, top, bottom };
}

/** The layered view's lanes (teams, or repositories of a merged graph): a tinted band and a stronger left edge. */
export function drawLanes(
  ctx: CanvasRenderingContext2D,
  scene: Scene,
  t: Transform,
  width: number,
  height: number,
): void {
  const groups = laneGroups(scene.data);
  for (const lane of scene.lanes) {
    const box = laneBox(scene, lane, t, width, height);
    if (!box) continue;
    ctx.fillStyle = groups.color(lane.group);
    ctx.globalAlpha = 0.06;
    ctx.fillRect(box.left, box.top, box.right - box.left, box.bottom - box.top);
    ctx.globalAlpha = 0.6;
    ctx.fillRect(box.left, box.top, 3, box.bottom - box.top);
  }
  ctx.globalAlpha = 1;
}

/**
 * Lane names (teams or repositories) and column headers, drawn over the nodes with a dark halo and
 * kept on screen while their lane or column is. Returns the boxes written,
 * so node labels make room for them instead of covering them.
 */
export function drawLaneTitles(ctx: CanvasRenderingContext2D, scene: Scene, t: Transform, height: number): number[][] {
  const reserved: number[][] = [];
  if (!scene.lanes.length) return reserved;
  ctx.font = TITLE_FONT;
  ctx.textBaseline = 'top';
  ctx.lineJoin = 'round';
  ctx.lineWidth = 4;
  ctx.strokeStyle = 'rgba(11,15,23,0.9)';
  const write = (text: string, x: number, y: number, color: string) => {
    ctx.fillStyle = color;
    ctx.strokeText(text, x, y);
    ctx.fillText(text, x, y);
    reserved.push([x - 2, y - 1, x + ctx.measureText(text).width + 2, y + 12]);
  };
  const groups = laneGroups(scene.data);
  for (const lane of scene.lanes) {
    const box = laneBox(scene, lane, t, Infinity, height);
    // The name needs 14px of lane.
    if (!box || box.bottom - box.top < 14 || box.bottom < 36) continue;
    // Scrolled past its top, the name sticks below the column headers while the lane is in view.
    write(
      groups.label(lane.group),
      Math.max(box.left + 10, 8),
      Math.min(Math.max(box.top + 4, 22), box.bottom - 14),
      groups.color(lane.group),
    );
  }
  const top = Math.max((scene.lanes[0]!.top - 8) * t.k + t.y - 13, 4);
  for (const column of scene.columns) write(column.title.toUpperCase(), column.left * t.k + t.x - 8, top, '#8b949e');
  return reserved;
}
