import type { NodeKind } from './types.js';

/**
 * Sizes on screen that do not follow the zoom the way positions do: node
 * radius and label font. Drawing and framing both read them, so a fit makes
 * room for exactly what will be drawn.
 */

/** A node's radius in screen pixels: it shrinks slower than the zoom and never below a dot. */
export function screenRadius(worldRadius: number, k: number): number {
  const scale = Math.min(1.6, Math.max(0.35, Math.sqrt(k)));
  return Math.max(2.2, worldRadius * (k < 1 ? k * 0.7 + 0.3 * scale : scale));
}

/** Label font size in pixels at zoom `k`. */
export function labelFontSize(k: number): number {
  return Math.max(11, Math.min(14, 11 + (k - 0.6) * 2.5));
}

/** The font size label widths are measured at for framing; widths scale linearly with size. */
export const LABEL_REFERENCE_SIZE = 14;
/** Screen pixels between a node's edge and its label text: clear of the selection ring. */
export const LABEL_GAP = 9;
/** Padding of a label's box (and its background) around the text. */
export const LABEL_PAD = 3;

/** How far a kind's shape reaches from its centre, in radii (diamonds and triangles reach past the circle). */
export const SHAPE_REACH: Record<NodeKind, number> = {
  fragment: 1.2,
  prompt: 1,
  consumer: 0.95,
  contract: 1,
  eval: 1.15,
  team: 1,
};
