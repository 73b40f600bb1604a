import type { NodeKind } from './types.js';

/** Adds one node's outline to the current path, its shape telling the kind apart without colour. */
export function shapePath(ctx: CanvasRenderingContext2D, kind: NodeKind, x: number, y: number, r: number): void {
  switch (kind) {
    case 'fragment':
      ctx.moveTo(x, y - r * 1.2);
      ctx.lineTo(x + r * 1.2, y);
      ctx.lineTo(x, y + r * 1.2);
      ctx.lineTo(x - r * 1.2, y);
      ctx.closePath();
      return;
    case 'consumer':
      ctx.rect(x - r * 0.95, y - r * 0.95, r * 1.9, r * 1.9);
      return;
    case 'eval':
      ctx.moveTo(x, y - r * 1.15);
      ctx.lineTo(x + r * 1.1, y + r * 0.8);
      ctx.lineTo(x - r * 1.1, y + r * 0.8);
      ctx.closePath();
      return;
    case 'contract': {
      for (let side = 0; side < 6; side++) {
        const angle = (Math.PI / 3) * side + Math.PI / 6;
        const px = x + r * Math.cos(angle);
        const py = y + r * Math.sin(angle);
        if (side === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      }
      ctx.closePath();
      return;
    }
    default:
      ctx.moveTo(x + r, y);
      ctx.arc(x, y, r, 0, Math.PI * 2);
  }
}
