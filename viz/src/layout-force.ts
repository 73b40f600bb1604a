import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Force, type SimulationNodeDatum } from 'd3';
import type { MapData } from './types.js';

interface ForceNode extends SimulationNodeDatum {
  index: number;
}

/**
 * Above this many nodes the simulation trades precision for speed: coarser
 * Barnes–Hut, fewer ticks, repulsion every other tick, one tick per frame.
 */
const LARGE = 2000;
/** Milliseconds of simulation per frame on a smaller graph: it settles in a frame or a few. */
const FRAME_BUDGET = 24;

/**
 * A force-directed layout that runs live: it starts from the layered positions
 * (pulled together), keeps a weak left-to-right pull by role so the flow stays
 * readable, and publishes once per animation frame. A small graph gets as many
 * ticks per frame as fit in the budget; a large one gets one, since at 5,000
 * nodes a tick with repulsion costs more than a frame, so 5,000 nodes settle
 * in seconds while the page keeps drawing.
 */
export function startForceLayout(
  data: MapData,
  start: { x: Float64Array; y: Float64Array },
  column: (node: number) => number,
  onTick: (x: Float64Array, y: Float64Array, settled: boolean) => void,
): { stop(): void } {
  const count = data.nodes.length;
  const large = count > LARGE;
  const nodes: ForceNode[] = data.nodes.map((_, index) => ({
    index,
    x: start.x[index]! * 0.35,
    y: start.y[index]! * 0.35,
  }));
  const links = data.edges.map(([source, target]) => ({ source, target }));
  const spread = Math.sqrt(count) * 14;
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).distance(46).strength(0.25))
    .force(
      'charge',
      everyOther(
        forceManyBody<ForceNode>()
          .strength(large ? -18 : -90)
          .theta(large ? 1.5 : 0.95)
          .distanceMax(large ? 160 : 600),
        large,
      ),
    )
    .force('x', forceX<ForceNode>((node) => (column(node.index) - 1.5) * spread * 0.5).strength(0.04))
    .force('y', forceY<ForceNode>(0).strength(0.03))
    .alphaDecay(large ? 0.12 : 0.03)
    .velocityDecay(large ? 0.5 : 0.4)
    .stop();
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  let frame = 0;
  const step = () => {
    const began = performance.now();
    do simulation.tick();
    while (!large && simulation.alpha() >= simulation.alphaMin() && performance.now() - began < FRAME_BUDGET);
    for (const node of nodes) {
      x[node.index] = node.x!;
      y[node.index] = node.y!;
    }
    const settled = simulation.alpha() < simulation.alphaMin();
    frame = settled ? 0 : requestAnimationFrame(step);
    onTick(x, y, settled);
  };
  frame = requestAnimationFrame(step);
  return { stop: () => cancelAnimationFrame(frame) };
}

/**
 * Repulsion, the costly force (a quadtree walk per node), applied on every
 * second tick at twice the strength when `sparing`: its pull on velocities is
 * linear in alpha, so the sum over two ticks is nearly the same, at half the cost.
 */
function everyOther(force: Force<ForceNode, undefined>, sparing: boolean): Force<ForceNode, undefined> {
  if (!sparing) return force;
  let tick = 0;
  const spared: Force<ForceNode, undefined> = (alpha) => {
    if (tick++ % 2 === 0) force(alpha * 2);
  };
  spared.initialize = (nodes, random) => force.initialize?.(nodes, random);
  return spared;
}
