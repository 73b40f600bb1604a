import type { TeamImpact } from '../../model/schema/impact-result.js';
import { ownerType } from '../../model/owner-handle.js';
import { viaText } from './possible-via.js';

interface OwnedNode {
  id: string;
  kind: string;
  owners: string[];
  certainty?: 'certain' | 'possible';
  possibleVia?: string[];
}

/**
 * Every owner of a changed or affected node, with the nodes that involve it and
 * why, and whether it is a team or an individual user (only teams count as teams).
 * A node only possible consumers reach goes to the owner's `possible` list: the
 * owner is told (never dropped) but is not reached for sure.
 */
export function findTeams(
  changed: readonly OwnedNode[],
  affected: readonly OwnedNode[],
  knownTeams?: ReadonlySet<string>,
): TeamImpact[] {
  const teams = new Map<string, TeamImpact>();
  const entry = (team: string): TeamImpact => {
    let found = teams.get(team);
    if (!found) {
      found = { team, type: ownerType(team, knownTeams), changed: [], affected: [], why: [] };
      teams.set(team, found);
    }
    return found;
  };
  for (const node of changed) {
    for (const owner of node.owners) {
      entry(owner).changed.push(node.id);
      entry(owner).why.push(`owns changed ${node.kind} ${node.id}`);
    }
  }
  for (const node of affected) {
    for (const owner of node.owners) {
      const team = entry(owner);
      if (node.certainty === 'possible') {
        team.possible = [...(team.possible ?? []), node.id];
        team.why.push(`owns possible ${node.kind} ${node.id}${viaText(node.possibleVia)}`);
        continue;
      }
      team.affected.push(node.id);
      team.why.push(`owns affected ${node.kind} ${node.id}`);
    }
  }
  return [...teams.values()].sort((left, right) => (left.team < right.team ? -1 : 1));
}
