import type { Lane } from './layout-layered.js';
import type { MapData } from './types.js';

/** How a node is drawn this frame, from the selection, search and overlay. */
export const Mark = { Normal: 0, Dim: 1, Upstream: 2, Downstream: 3, Selected: 4 } as const;

/** Everything the canvas needs for one frame; positions are world coordinates. */
export interface Scene {
  data: MapData;
  x: Float64Array;
  y: Float64Array;
  /** World radius by number of dependents. */
  radius: Float32Array;
  visible: Uint8Array;
  mark: Uint8Array;
  /** Search hits, drawn with a ring and always labelled when there is room. */
  matches: Set<number>;
  /** Label candidates in priority order (most dependents first). */
  labelOrder: number[];
  overlay: boolean;
  /** True while the force layout still moves nodes. */
  moving: boolean;
  hover: number;
  selected: number;
  /** Team lanes and column headers, only in the layered view. */
  lanes: Lane[];
  columns: { left: number; width: number; title: string }[];
  /** Labels drawn in the last frame: the text written and its screen box `[x0, y0, x1, y1]`. */
  placed: { node: number; box: number[]; text: string }[];
  /** Where the last frame drew each node: screen centre and radius, and whether it was on screen. */
  screen: { sx: Float32Array; sy: Float32Array; sr: Float32Array; onScreen: Uint8Array };
}

export function radiusOf(dependents: number): number {
  return 6 + 2.4 * Math.sqrt(dependents);
}

export function createScene(data: MapData): Scene {
  const count = data.nodes.length;
  const radius = new Float32Array(count);
  data.nodes.forEach((node, position) => (radius[position] = radiusOf(node.dependents)));
  const labelOrder = [...data.nodes.keys()].sort(
    (a, b) => data.nodes[b]!.dependents - data.nodes[a]!.dependents || a - b,
  );
  return {
    data,
    x: new Float64Array(count),
    y: new Float64Array(count),
    radius,
    visible: new Uint8Array(count).fill(1),
    mark: new Uint8Array(count),
    matches: new Set(),
    labelOrder,
    overlay: false,
    moving: false,
    hover: -1,
    selected: -1,
    lanes: [],
    columns: [],
    placed: [],
    screen: {
      sx: new Float32Array(count),
      sy: new Float32Array(count),
      sr: new Float32Array(count),
      onScreen: new Uint8Array(count),
    },
  };
}
