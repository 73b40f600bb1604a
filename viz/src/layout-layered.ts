import type { GraphIndex } from './graph-index.js';
import type { MapData, NodeKind } from './types.js';
import { laneGroups } from './lane-groups.js';

/** Columns left to right, in the direction a change travels. */
export const COLUMN_OF: Record<NodeKind, number> = {
  fragment: 0,
  prompt: 1,
  consumer: 2,
  contract: 3,
  eval: 3,
  team: 3,
};
export const COLUMN_TITLES = ['Fragments', 'Prompts', 'Consumers', 'Contracts & evals'];
const ROW = 40;
const SUB_COLUMN = 190;
const COLUMN_GAP = 120;
const LANE_GAP = 18;
/** Room above a lane's first row for the lane's name. */
const LANE_HEADER = 36;

export interface Lane {
  /** The lane's group (see lane-groups.ts): a repository of a merged graph, else a team; the last is the ungrouped. */
  group: number;
  top: number;
  bottom: number;
}

export interface LayeredLayout {
  x: Float64Array;
  y: Float64Array;
  lanes: Lane[];
  /** Left edge and width of each column, for headers. */
  columns: { left: number; width: number; title: string }[];
}

/**
 * Columns by role (fragments → prompts → consumers → contracts and evals) and a
 * horizontal lane per owning team, or per repository in a merged organisation graph. A column with many nodes wraps into
 * sub-columns so 5,000 nodes keep a screen-like shape; inside a lane nodes are
 * ordered by the mean row of their neighbours (one barycentre sweep each way)
 * so edges mostly run straight.
 */
export function layeredLayout(data: MapData, index: GraphIndex, shown?: Uint8Array): LayeredLayout {
  // Hidden nodes take no row, so filtering a team away closes its lane and "hide untouched" packs the change.
  const included = (node: number) => !shown || shown[node] === 1;
  const count = shown ? shown.reduce((sum, flag) => sum + flag, 0) : data.nodes.length;
  // Wrap long columns so the whole map is about 1.6 times wider than tall, like a screen.
  const rowsPerSubColumn = Math.max(10, Math.ceil(Math.sqrt((count * SUB_COLUMN) / (ROW * 1.6))));
  const columnOf = (node: number) => COLUMN_OF[data.nodes[node]!.kind];
  const groups = laneGroups(data);
  const laneCount = groups.count;

  // cells[column][lane] = node indexes, first in file order.
  const cells: number[][][] = COLUMN_TITLES.map(() => Array.from({ length: laneCount }, () => []));
  const byFile = [...data.nodes.keys()]
    .filter(included)
    .sort((a, b) => compareText(data.nodes[a]!.id, data.nodes[b]!.id));
  for (const node of byFile) cells[columnOf(node)]![groups.of(node)]!.push(node);

  const subColumns = cells.map((lanes) =>
    Math.max(1, Math.ceil(lanes.reduce((sum, lane) => sum + lane.length, 0) / rowsPerSubColumn)),
  );
  const laneRows = Array.from({ length: laneCount }, (_, lane) =>
    Math.max(0, ...cells.map((lanes, column) => Math.ceil(lanes[lane]!.length / subColumns[column]!))),
  );

  const order = new Float64Array(data.nodes.length);
  const place = () =>
    cells.forEach((lanes) => lanes.forEach((nodes) => nodes.forEach((node, position) => (order[node] = position))));
  place();
  const sweep = (column: number, neighbours: (node: number) => number[]) => {
    for (const nodes of cells[column]!) {
      const key = new Map(nodes.map((node) => [node, barycentre(neighbours(node), order, order[node]!)]));
      nodes.sort((a, b) => key.get(a)! - key.get(b)! || a - b);
    }
    place();
  };
  const dependencies = (node: number) => index.in[node]!.map((edge) => data.edges[edge]![0]).filter(included);
  const dependents = (node: number) => index.out[node]!.map((edge) => data.edges[edge]![1]).filter(included);
  for (let column = 1; column < cells.length; column++) sweep(column, dependencies);
  sweep(0, dependents);
  for (let column = 1; column < cells.length; column++) sweep(column, dependencies);

  const x = new Float64Array(data.nodes.length);
  const y = new Float64Array(data.nodes.length);
  const lanes: Lane[] = [];
  let top = 0;
  const columnLeft: number[] = [];
  let left = 0;
  // An empty column (no consumers found yet) takes no room.
  const used = cells.map((lanes) => lanes.some((lane) => lane.length > 0));
  for (let column = 0; column < cells.length; column++) {
    columnLeft.push(left);
    if (used[column]) left += subColumns[column]! * SUB_COLUMN + COLUMN_GAP;
  }
  for (let lane = 0; lane < laneCount; lane++) {
    if (!laneRows[lane]) continue;
    cells.forEach((lanesOfColumn, column) => {
      const rows = laneRows[lane]!;
      lanesOfColumn[lane]!.forEach((node, position) => {
        x[node] = columnLeft[column]! + Math.floor(position / rows) * SUB_COLUMN;
        y[node] = top + LANE_HEADER + (position % rows) * ROW + ROW / 2;
      });
    });
    lanes.push({
      group: lane,
      top,
      bottom: top + LANE_HEADER + laneRows[lane]! * ROW,
    });
    top += LANE_HEADER + laneRows[lane]! * ROW + LANE_GAP;
  }
  const columns = COLUMN_TITLES.map((title, column) => ({
    left: columnLeft[column]!,
    width: subColumns[column]! * SUB_COLUMN - SUB_COLUMN / 2,
    title,
  })).filter((_, column) => used[column]);
  return { x, y, lanes, columns };
}

function barycentre(neighbours: number[], order: Float64Array, fallback: number): number {
  if (!neighbours.length) return fallback;
  let sum = 0;
  for (const neighbour of neighbours) sum += order[neighbour]!;
  return sum / neighbours.length;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
