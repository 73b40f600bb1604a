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

export const STATUS_COLOR = { changed: '#ff5c5c', affected: '#ffae42' } as const;
export const HIGHLIGHT_COLOR = { up: '#7cc4ff', down: '#ff7eb6', selected: '#ffffff' } as const;

/** Distinct outline colours for teams, chosen to stay apart from the kind fills. */
const TEAM_PALETTE = ['#f2cc60', '#ff9bce', '#79c0ff', '#a5f3a0', '#ffa198', '#d2a8ff', '#56d4dd', '#e6a86c', '#b4c3ff', '#c9e265'];

export const teamColor = (team: number): string => (team < 0 ? '#6e7681' : TEAM_PALETTE[team % TEAM_PALETTE.length]!);
