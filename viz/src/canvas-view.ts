import { quadtree, select, zoom, zoomIdentity, type Quadtree, type ZoomBehavior } from 'd3';
import { drawScene, type Transform } from './draw-canvas.js';
import { createFitRoom } from './fit-room.js';
import { fitTransform, revealShift, SCALE_EXTENT, zoomAround } from './framing.js';
import type { Scene } from './scene.js';

export interface CanvasView {
  redraw(): void;
  /** Draws a pending frame now: for callers already inside an animation frame, so their change shows in it, not the next. */
  flush(): void;
  /** Positions or visibility changed: hit-testing is rebuilt when next needed. */
  reindex(): void;
  /** Frames the nodes (default: every visible one), zooming in no further than `maxScale`. */
  fit(nodes?: number[], animate?: boolean, maxScale?: number): void;
  /** Zooms around the centre of the canvas. */
  zoomBy(factor: number): void;
  centerOn(node: number, animate?: boolean): void;
  /** Pans, only if needed, so the node and its label are on screen. */
  reveal(node: number): void;
  screenPosition(node: number): { x: number; y: number };
  transform(): Transform;
  /** Milliseconds each drawScene call took, newest last (kept for the browser test). */
  drawTimes: number[];
  /** `performance.now()` when the first frame was drawn, 0 before. */
  firstDrawAt(): number;
  /** No frame pending and no zoom transition running. */
  idle(): boolean;
  /** How many times the user has zoomed or panned (wheel, drag, zoom keys and buttons); framing done by code does not count. */
  userMoves(): number;
  /** The drawn colour at a page position, `#rrggbb`. */
  colorAt(x: number, y: number): string;
}

/**
 * The canvas, its zoom and pan (d3-zoom), hover and click hit-testing (a
 * quadtree over visible nodes), and frame scheduling: any number of redraw
 * requests within a frame cost one draw.
 */
export function createCanvasView(
  host: HTMLElement,
  scene: Scene,
  onPick: (node: number) => void,
  onHover: (node: number) => void,
): CanvasView {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'map-canvas';
  canvas.setAttribute('aria-label', 'prompt dependency map');
  host.append(canvas);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  let width = 0,
    height = 0,
    ratio = 1;
  let current: Transform = { x: 0, y: 0, k: 1 };
  let frame = 0;
  let firstDrawAt = 0;
  let moving = 0;
  /** Where a running transition is heading: a second click on zoom goes on from there. */
  let aim: Transform | undefined;
  let tree: Quadtree<number> | undefined;
  let userMoves = 0;
  const drawTimes: number[] = [];
  const roomFor = createFitRoom(ctx, scene);

  const draw = () => {
    frame = 0;
    const started = performance.now();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawScene(ctx, scene, current, width, height);
    const finished = performance.now();
    firstDrawAt ||= finished;
    drawTimes.push(finished - started);
    if (drawTimes.length > 600) drawTimes.shift();
  };
  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  /** Matches the canvas to its host; returns how much the host grew. */
  const measure = (): { dx: number; dy: number } => {
    const next = { width: host.clientWidth, height: host.clientHeight, ratio: window.devicePixelRatio || 1 };
    if (next.width === width && next.height === height && next.ratio === ratio) return { dx: 0, dy: 0 };
    const grown = { dx: width ? next.width - width : 0, dy: height ? next.height - height : 0 };
    ({ width, height, ratio } = next);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    redraw();
    return grown;
  };

  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent(SCALE_EXTENT)
    .on('zoom', (event: { transform: Transform; sourceEvent: Event | null }) => {
      if (event.sourceEvent) userMoves++;
      current = { x: event.transform.x, y: event.transform.y, k: event.transform.k };
      redraw();
    });
  const selection = select(canvas).call(behaviour).on('dblclick.zoom', null);

  const nodeAt = (clientX: number, clientY: number): number => {
    const box = canvas.getBoundingClientRect();
    const wx = (clientX - box.left - current.x) / current.k;
    const wy = (clientY - box.top - current.y) / current.k;
    // Built on demand: while the force layout moves nodes every frame, a tree per frame would be wasted.
    tree ??= indexVisible();
    const found = tree.find(wx, wy, Math.max(14, 8 / current.k));
    return found === undefined ? -1 : found;
  };
  canvas.addEventListener('click', (event) => onPick(nodeAt(event.clientX, event.clientY)));
  canvas.addEventListener('mousemove', (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    canvas.style.cursor = node >= 0 ? 'pointer' : 'grab';
    if (node !== scene.hover) onHover(node);
  });

  // When the panel opens or the window resizes, what was in the middle stays there.
  const resize = () => {
    const { dx, dy } = measure();
    if (dx || dy) apply({ ...current, x: current.x + dx / 2, y: current.y + dy / 2 }, false);
  };

  const apply = (next: Transform, animate: boolean) => {
    const target = zoomIdentity.translate(next.x, next.y).scale(next.k);
    if (animate) {
      moving++;
      aim = next;
      const done = () => {
        if (--moving === 0) aim = undefined;
      };
      selection.transition().duration(450).on('end', done).on('interrupt', done).call(behaviour.transform, target);
    } else selection.call(behaviour.transform, target);
  };

  const indexVisible = () => {
    const visible: number[] = [];
    for (let node = 0; node < scene.visible.length; node++) if (scene.visible[node]) visible.push(node);
    return quadtree<number>()
      .x((node) => scene.x[node]!)
      .y((node) => scene.y[node]!)
      .addAll(visible);
  };

  const view: CanvasView = {
    redraw,
    flush() {
      if (!frame) return;
      cancelAnimationFrame(frame);
      draw();
    },
    drawTimes,
    reindex() {
      tree = undefined;
      redraw();
    },
    fit(nodes, animate = true, maxScale = 2.2) {
      // The panel may have opened in this same task: size the canvas before aiming.
      measure();
      const chosen = nodes ?? [...scene.visible.keys()].filter((node) => scene.visible[node]);
      if (!chosen.length || !width) return;
      apply(
        fitTransform(
          chosen.map((node) => scene.x[node]!),
          chosen.map((node) => scene.y[node]!),
          { width, height },
          maxScale,
          roomFor(chosen),
        ),
        animate,
      );
    },
    centerOn(node, animate = true) {
      measure();
      const k = Math.max(current.k, 1);
      apply({ k, x: width / 2 - scene.x[node]! * k, y: height / 2 - scene.y[node]! * k }, animate);
    },
    reveal(node) {
      measure();
      const { dx, dy } = revealShift(scene.x[node]! * current.k + current.x, scene.y[node]! * current.k + current.y, {
        width,
        height,
      });
      if (dx || dy) apply({ ...current, x: current.x + dx, y: current.y + dy }, true);
    },
    zoomBy(factor) {
      userMoves++;
      measure();
      apply(zoomAround(aim ?? current, factor, { width, height }), true);
    },
    screenPosition(node) {
      const box = canvas.getBoundingClientRect();
      return {
        x: box.left + scene.x[node]! * current.k + current.x,
        y: box.top + scene.y[node]! * current.k + current.y,
      };
    },
    transform: () => current,
    firstDrawAt: () => firstDrawAt,
    idle: () => frame === 0 && moving === 0,
    userMoves: () => userMoves,
    colorAt(x, y) {
      const box = canvas.getBoundingClientRect();
      const [r, g, b] = ctx.getImageData(
        Math.round((x - box.left) * ratio),
        Math.round((y - box.top) * ratio),
        1,
        1,
      ).data;
      return `#${[r, g, b].map((channel) => channel!.toString(16).padStart(2, '0')).join('')}`;
    },
  };
  new ResizeObserver(resize).observe(host);
  measure();
  return view;
}
