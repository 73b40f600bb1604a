import { LABELS } from './detail.js';
import { labelWidth } from './draw-labels.js';
import type { NodeRoom } from './framing.js';
import { labelSide } from './label-spots.js';
import type { Scene } from './scene.js';
import { LABEL_REFERENCE_SIZE, SHAPE_REACH } from './screen-metrics.js';

/**
 * What a fit makes room for besides node centres: each framed node's shape
 * and label (measured once per node, at LABEL_REFERENCE_SIZE) on the side it
 * is placed first. Past LABELS.allBelow framed nodes not every label is drawn,
 * so none is counted and the fit keeps its fixed label margin.
 */
export function createFitRoom(ctx: CanvasRenderingContext2D, scene: Scene): (nodes: number[]) => NodeRoom | undefined {
  const widths = new Float32Array(scene.data.nodes.length).fill(-1);
  return (nodes) => {
    if (nodes.length > LABELS.allBelow) return undefined;
    for (const node of nodes)
      if (widths[node]! < 0) widths[node] = labelWidth(ctx, scene.data.nodes[node]!.label, LABEL_REFERENCE_SIZE);
    const xs = nodes.map((node) => scene.x[node]!);
    const middle = (Math.min(...xs) + Math.max(...xs)) / 2;
    return {
      radius: nodes.map((node) => scene.radius[node]!),
      reach: nodes.map((node) => SHAPE_REACH[scene.data.nodes[node]!.kind]),
      labelWidth: nodes.map((node) => widths[node]!),
      side: xs.map((x) => labelSide(scene, x < middle)),
    };
  };
}
