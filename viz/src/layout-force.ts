import { forceLink, forceManyBody, forceSimulation, forceX, forceY, type Simulation, type SimulationNodeDatum } from 'd3';
import type { MapData } from './types.js';

interface ForceNode extends SimulationNodeDatum {
  index: number;
}

/**
 * A force-directed layout that runs live: it starts from the layered positions
 * (pulled together), keeps a weak left-to-right pull by role so the flow stays
 * readable, and reports each tick so the canvas animates while it settles.
 * Ticks are spread over frames by d3's timer, so 5,000 nodes never freeze the page.
 */
export function startForceLayout(
  data: MapData,
  start: { x: Float64Array; y: Float64Array },
  column: (node: number) => number,
  onTick: (x: Float64Array, y: Float64Array, settled: boolean) => void,
): { stop(): void } {
  const count = data.nodes.length;
  const nodes: ForceNode[] = data.nodes.map((_, index) => ({ index, x: start.x[index]! * 0.35, y: start.y[index]! * 0.35 }));
  const links = data.edges.map(([source, target]) => ({ source, target }));
  const spread = Math.sqrt(count) * 14;
  const simulation: Simulation<ForceNode, undefined> = forceSimulation(nodes)
    .force('link', forceLink(links).distance(46).strength(0.25))
    .force('charge', forceManyBody<ForceNode>().strength(count > 2000 ? -18 : -90).theta(0.95).distanceMax(count > 2000 ? 220 : 600))
    .force('x', forceX<ForceNode>((node) => (column(node.index) - 1.5) * spread * 0.5).strength(0.04))
    .force('y', forceY<ForceNode>(0).strength(0.03))
    .alphaDecay(count > 2000 ? 0.05 : 0.03);
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const publish = (settled: boolean) => {
    for (const node of nodes) {
      x[node.index] = node.x!;
      y[node.index] = node.y!;
    }
    onTick(x, y, settled);
  };
  simulation.on('tick', () => publish(false)).on('end', () => publish(true));
  return { stop: () => simulation.stop() };
}
