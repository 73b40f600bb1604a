const CELL = 48;

/**
 * Occupied screen boxes `[x0, y0, x1, y1]` in a coarse grid, so testing a
 * label against thousands of placed labels and node shapes looks at a few
 * cells only.
 */
export interface LabelGrid {
  occupy(box: number[]): void;
  /** True when the box overlaps nothing occupied. */
  free(box: number[]): boolean;
}

export function createLabelGrid(): LabelGrid {
  const cells = new Map<number, number[][]>();
  const visit = (box: number[], each: (key: number) => boolean) => {
    for (let cx = Math.floor(box[0]! / CELL); cx <= Math.floor(box[2]! / CELL); cx++) {
      for (let cy = Math.floor(box[1]! / CELL); cy <= Math.floor(box[3]! / CELL); cy++) if (!each(cx * 4096 + cy)) return false;
    }
    return true;
  };
  return {
    occupy: (box) =>
      void visit(box, (key) => {
        const cell = cells.get(key);
        if (cell) cell.push(box);
        else cells.set(key, [box]);
        return true;
      }),
    free: (box) => visit(box, (key) => !(cells.get(key) ?? []).some((other) => box[0]! < other[2]! && box[2]! > other[0]! && box[1]! < other[3]! && box[3]! > other[1]!)),
  };
}
