import { quadtree, select, zoom, zoomIdentity, type Quadtree, type ZoomBehavior } from 'd3';
import { drawScene, type Transform } from './draw-canvas.js';
import type { Scene } from './scene.js';

export interface CanvasView {
  redraw(): void;
  /** Rebuild hit-testing after positions or visibility changed. */
  reindex(): void;
  fit(nodes?: number[], animate?: boolean): void;
  centerOn(node: number, animate?: boolean): void;
  panBy(dx: number, dy: number): void;
  screenPosition(node: number): { x: number; y: number };
  transform(): Transform;
  /** Milliseconds each drawScene call took, newest last (kept for the browser test). */
  drawTimes: number[];
}

/**
 * The canvas, its zoom and pan (d3-zoom), hover and click hit-testing (a
 * quadtree over visible nodes), and frame scheduling: any number of redraw
 * requests within a frame cost one draw.
 */
export function createCanvasView(host: HTMLElement, scene: Scene, onPick: (node: number) => void, onHover: (node: number) => void): CanvasView {
  const canvas = document.createElement('canvas');
  canvas.dataset.testid = 'map-canvas';
  canvas.setAttribute('aria-label', 'prompt dependency map');
  host.append(canvas);
  const ctx = canvas.getContext('2d', { alpha: false })!;
  let width = 0, height = 0, ratio = 1;
  let current: Transform = { x: 0, y: 0, k: 1 };
  let frame = 0;
  let tree: Quadtree<number> = quadtree<number>();
  const drawTimes: number[] = [];

  const draw = () => {
    frame = 0;
    const started = performance.now();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    drawScene(ctx, scene, current, width, height);
    drawTimes.push(performance.now() - started);
    if (drawTimes.length > 600) drawTimes.shift();
  };
  const redraw = () => {
    if (!frame) frame = requestAnimationFrame(draw);
  };
  const resize = () => {
    ratio = window.devicePixelRatio || 1;
    width = host.clientWidth;
    height = host.clientHeight;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    redraw();
  };

  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.02, 8])
    .on('zoom', (event: { transform: Transform }) => {
      current = { x: event.transform.x, y: event.transform.y, k: event.transform.k };
      redraw();
    });
  const selection = select(canvas).call(behaviour).on('dblclick.zoom', null);

  const nodeAt = (clientX: number, clientY: number): number => {
    const box = canvas.getBoundingClientRect();
    const wx = (clientX - box.left - current.x) / current.k;
    const wy = (clientY - box.top - current.y) / current.k;
    const found = tree.find(wx, wy, Math.max(14, 8 / current.k));
    return found === undefined ? -1 : found;
  };
  canvas.addEventListener('click', (event) => onPick(nodeAt(event.clientX, event.clientY)));
  canvas.addEventListener('mousemove', (event) => {
    const node = nodeAt(event.clientX, event.clientY);
    canvas.style.cursor = node >= 0 ? 'pointer' : 'grab';
    if (node !== scene.hover) onHover(node);
  });

  const apply = (next: Transform, animate: boolean) => {
    const target = zoomIdentity.translate(next.x, next.y).scale(next.k);
    if (animate) selection.transition().duration(450).call(behaviour.transform, target);
    else selection.call(behaviour.transform, target);
  };

  const view: CanvasView = {
    redraw,
    drawTimes,
    reindex() {
      const visible: number[] = [];
      for (let node = 0; node < scene.visible.length; node++) if (scene.visible[node]) visible.push(node);
      tree = quadtree<number>().x((node) => scene.x[node]!).y((node) => scene.y[node]!).addAll(visible);
      redraw();
    },
    fit(nodes, animate = true) {
      const chosen = nodes ?? [...scene.visible.keys()].filter((node) => scene.visible[node]);
      if (!chosen.length || !width) return;
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (const node of chosen) {
        x0 = Math.min(x0, scene.x[node]!); x1 = Math.max(x1, scene.x[node]!);
        y0 = Math.min(y0, scene.y[node]!); y1 = Math.max(y1, scene.y[node]!);
      }
      const padding = 60;
      // Room on the right for labels, which sit right of their nodes.
      const k = Math.min(2.2, (width - padding * 2) / Math.max(1, x1 - x0 + 200), (height - padding * 2) / Math.max(1, y1 - y0 + 60));
      apply({ k, x: width / 2 - ((x0 + x1 + 160) / 2) * k, y: height / 2 - ((y0 + y1 - 20) / 2) * k }, animate);
    },
    centerOn(node, animate = true) {
      const k = Math.max(current.k, 1);
      apply({ k, x: width / 2 - scene.x[node]! * k, y: height / 2 - scene.y[node]! * k }, animate);
    },
    panBy(dx, dy) {
      apply({ ...current, x: current.x + dx, y: current.y + dy }, false);
    },
    screenPosition(node) {
      const box = canvas.getBoundingClientRect();
      return { x: box.left + scene.x[node]! * current.k + current.x, y: box.top + scene.y[node]! * current.k + current.y };
    },
    transform: () => current,
  };
  new ResizeObserver(resize).observe(host);
  resize();
  return view;
}
