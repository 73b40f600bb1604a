const CELL = 48;

/**
 * Occupied screen boxes `[x0, y0, x1, y1]` in a coarse grid, so testing a
 * label against thousands of placed labels and node shapes looks at a few
 * cells only. Node shapes are entered with their node, so that node's own
 * label may sit close to it while others keep a margin.
 */
export interface LabelGrid {
  /** A label or title box (`node` -1), or a node's shape. */
  occupy(box: number[], node?: number): void;
  /** True when the box overlaps nothing occupied, leaving aside `owner`'s own shape and keeping `margin` left and right of every other shape. */
  free(box: number[], owner: number, margin: number): boolean;
}

interface Entry {
  box: number[];
  node: number;
}

export function createLabelGrid(): LabelGrid {
  const cells = new Map<number, Entry[]>();
  const visit = (box: number[], pad: number, each: (key: number) => boolean) => {
    for (let cx = Math.floor((box[0]! - pad) / CELL); cx <= Math.floor((box[2]! + pad) / CELL); cx++) {
      for (let cy = Math.floor(box[1]! / CELL); cy <= Math.floor(box[3]! / CELL); cy++)
        if (!each(cx * 4096 + cy)) return false;
    }
    return true;
  };
  const hits =
    (box: number[], owner: number, margin: number) =>
    ({ box: other, node }: Entry) => {
      if (node >= 0 && node === owner) return false;
      const pad = node >= 0 ? margin : 0;
      return box[0]! - pad < other[2]! && box[2]! + pad > other[0]! && box[1]! < other[3]! && box[3]! > other[1]!;
    };
  return {
    occupy: (box, node = -1) => {
      const entry = { box, node };
      visit(box, 0, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(entry);
        else cells.set(key, [entry]);
        return true;
      });
    },
    free: (box, owner, margin) => {
      const hit = hits(box, owner, margin);
      return visit(box, margin, (key) => !(cells.get(key) ?? []).some(hit));
    },
  };
}
