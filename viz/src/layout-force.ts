import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { MapData } from './types.js';

interface ForceNode extends SimulationNodeDatum {
  index: number;
}

/** Above this many nodes the simulation trades precision for speed (coarser Barnes–Hut, fewer ticks). */
const LARGE = 2000;
/** Milliseconds of simulation per frame: several ticks per drawn frame while a big graph settles. */
const FRAME_BUDGET = 24;

/**
 * A force-directed layout that runs live: it starts from the layered positions
 * (pulled together), keeps a weak left-to-right pull by role so the flow stays
 * readable, and publishes once per animation frame after as many ticks as fit
 * in the frame's budget, so 5,000 nodes settle in seconds without freezing the page.
 */
export function startForceLayout(
  data: MapData,
  start: { x: Float64Array; y: Float64Array },
  column: (node: number) => number,
  onTick: (x: Float64Array, y: Float64Array, settled: boolean) => void,
): { stop(): void } {
  const count = data.nodes.length;
  const large = count > LARGE;
  const nodes: ForceNode[] = data.nodes.map((_, index) => ({ index, x: start.x[index]! * 0.35, y: start.y[index]! * 0.35 }));
  const links = data.edges.map(([source, target]) => ({ source, target }));
  const spread = Math.sqrt(count) * 14;
  const simulation = forceSimulation(nodes)
    .force('link', forceLink(links).distance(46).strength(0.25))
    .force('charge', forceManyBody<ForceNode>().strength(large ? -18 : -90).theta(large ? 1.5 : 0.95).distanceMax(large ? 160 : 600))
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
    while (simulation.alpha() >= simulation.alphaMin() && performance.now() - began < FRAME_BUDGET);
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
