import type { NodeKind } from './types.js';

export const KIND_COLOR: Record<NodeKind, string> = {
  fragment: '#3ccfc0',
  prompt: '#5aa8ff',
  consumer: '#c297ff',
  contract: '#d6dde6',
  eval: '#7ee787',
  team: '#8b949e',
};

export const KIND_LABEL: Record<NodeKind, string> = {
  fragment: 'Fragments',
  prompt: 'Prompts',
  consumer: 'Consumers',
  contract: 'Contracts',
  eval: 'Evals',
  team: 'Teams',
};

/** `possible`: a node only flows lost statically reach (a possible consumer), paler than affected. */
export const STATUS_COLOR = { changed: '#ff5c5c', affected: '#ffae42', possible: '#e6d27a' } as const;
export const HIGHLIGHT_COLOR = { up: '#7cc4ff', down: '#ff7eb6', selected: '#ffffff' } as const;

/**
 * Outline and lane colours for teams, chosen away from the kind fills (teal,
 * blue, violet, grey, green); hues near the overlay's red and orange are last,
 * and outlines are off while the overlay is on.
 */
const TEAM_PALETTE = [
  '#f2cc60',
  '#ff8fc8',
  '#b8e05a',
  '#a0a8ff',
  '#d8b48a',
  '#7fe0ff',
  '#e6c8ff',
  '#f0f0f0',
  '#ff9e9e',
  '#ffd9a0',
];

export const teamColor = (team: number): string => (team < 0 ? '#6e7681' : TEAM_PALETTE[team % TEAM_PALETTE.length]!);
