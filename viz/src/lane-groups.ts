import { teamColor } from './colors.js';
import type { MapData } from './types.js';

/**
 * Muted lane tints for repositories, away from the team outline palette, so a
 * merged organisation map reads as bands of repositories with teams outlined inside.
 */
const REPOSITORY_PALETTE = ['#4fb3bf', '#c9a0dc', '#8fbf6a', '#e0a458', '#6c9bd2', '#d47a9c', '#b0b8c0', '#9ccfa8'];

export interface LaneGroups {
  /** How many lanes, the last for nodes of no group (no owner, or shared by every repository). */
  count: number;
  /** The lane of a node. */
  of(node: number): number;
  label(lane: number): string;
  color(lane: number): string;
}

/**
 * What the layered view's lanes are: one per repository in a merged
 * organisation graph (teams stay the outlines), else one per owning team.
 */
export function laneGroups(data: MapData): LaneGroups {
  const repositories = data.repositories;
  if (repositories?.length) {
    return {
      count: repositories.length + 1,
      of: (node) => {
        const repository = data.nodes[node]!.repository ?? -1;
        return repository < 0 ? repositories.length : repository;
      },
      label: (lane) => (lane < repositories.length ? repositories[lane]! : 'shared'),
      color: (lane) => (lane < repositories.length ? REPOSITORY_PALETTE[lane % REPOSITORY_PALETTE.length]! : '#6e7681'),
    };
  }
  return {
    count: data.teams.length + 1,
    of: (node) => {
      const team = data.nodes[node]!.team;
      return team < 0 ? data.teams.length : team;
    },
    label: (lane) => (lane < data.teams.length ? data.teams[lane]! : 'no owner'),
    color: (lane) => teamColor(lane < data.teams.length ? lane : -1),
  };
}
