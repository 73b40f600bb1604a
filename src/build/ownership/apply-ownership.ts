import type { GraphEdge, GraphNode, OwnershipSource } from '../../model/schema/scan-result.js';
import { teamNodeId } from '../../model/node-ids.js';
import { ownerType } from '../../model/owner-handle.js';
import type { Codeowners } from './codeowners.js';

/**
 * Gives every node with a file its CODEOWNERS owners, adds contract owners to the
 * nodes a contract governs, and makes one team node per handle with `owns` edges
 * (its `format` says whether the handle is a team or an individual user).
 * Each node also records why (`ownership`): the CODEOWNERS lines that decided, even
 * one that un-owns, and the contracts that add owners, so reports can say
 * "owned via .github/CODEOWNERS line 12".
 */
export function applyOwnership(
  nodes: GraphNode[],
  edges: GraphEdge[],
  codeowners: Codeowners | undefined,
): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const sources = new Map<string, OwnershipSource[]>();
  const add = (id: string, source: OwnershipSource) => {
    const list = sources.get(id) ?? [];
    list.push(source);
    sources.set(id, list);
  };
  if (codeowners) {
    for (const node of nodes) {
      if (!node.file) continue;
      for (const rule of codeowners.ownersOf(node.file).rules) {
        add(node.id, {
          via: 'codeowners',
          file: codeowners.file,
          line: rule.line,
          pattern: rule.pattern,
          ...(rule.section ? { section: rule.section } : {}),
          owners: rule.owners,
        });
      }
    }
  }
  for (const edge of edges) {
    if (edge.kind !== 'governs') continue;
    const contract = byId.get(edge.from);
    const contractOwners = contract?.meta?.owners;
    if (!contract || !Array.isArray(contractOwners)) continue;
    const owners = contractOwners.filter((owner): owner is string => typeof owner === 'string');
    if (owners.length)
      add(edge.to, { via: 'contract', file: contract.file, line: contract.range.start, owners: [...owners].sort() });
  }

  const teams = new Map<string, GraphNode>();
  const ownsEdges: GraphEdge[] = [];
  const owned = nodes.map((node) => {
    const ownership = (sources.get(node.id) ?? []).sort(bySource);
    const handles = [...new Set(ownership.flatMap((source) => source.owners))].sort();
    for (const handle of handles) {
      const teamId = teamNodeId(handle);
      if (!teams.has(teamId))
        teams.set(teamId, {
          id: teamId,
          kind: 'team',
          file: '',
          symbol: handle,
          name: handle,
          range: { start: 1, end: 1 },
          // A `team` node stands for any owner handle; its format says which: `team` (`@org/team`) or `user`.
          format: ownerType(handle),
          owners: [],
          variables: [],
        });
      ownsEdges.push({ from: teamId, to: node.id, kind: 'owns' });
    }
    return { ...node, owners: handles, ...(ownership.length ? { ownership } : {}) };
  });
  return { nodes: [...owned, ...teams.values()], edges: [...edges, ...ownsEdges] };
}

const bySource = (left: OwnershipSource, right: OwnershipSource): number =>
  (left.via === right.via ? 0 : left.via === 'codeowners' ? -1 : 1) ||
  (left.file < right.file ? -1 : left.file > right.file ? 1 : 0) ||
  left.line - right.line;
