import type { GraphEdge, GraphNode } from '../schema/scan-result.js';
import { teamNodeId } from '../resolve/node-ids.js';
import type { Codeowners } from './codeowners.js';

/**
 * Gives every node with a file its CODEOWNERS owners, adds contract owners to the
 * nodes a contract governs, and makes one team node per handle with `owns` edges.
 */
export function applyOwnership(nodes: GraphNode[], edges: GraphEdge[], codeowners: Codeowners | undefined): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const owners = new Map<string, Set<string>>();
  const add = (id: string, handles: Iterable<string>) => {
    const set = owners.get(id) ?? new Set<string>();
    for (const handle of handles) set.add(handle);
    owners.set(id, set);
  };
  for (const node of nodes) if (node.file && codeowners) add(node.id, codeowners.ownersOf(node.file).owners);
  for (const edge of edges) {
    if (edge.kind !== 'governs') continue;
    const contractOwners = byId.get(edge.from)?.meta?.owners;
    if (Array.isArray(contractOwners)) add(edge.to, contractOwners.filter((owner): owner is string => typeof owner === 'string'));
  }

  const teams = new Map<string, GraphNode>();
  const ownsEdges: GraphEdge[] = [];
  const owned = nodes.map((node) => {
    const handles = [...(owners.get(node.id) ?? [])].sort();
    for (const handle of handles) {
      const teamId = teamNodeId(handle);
      if (!teams.has(teamId)) teams.set(teamId, { id: teamId, kind: 'team', file: '', symbol: handle, name: handle, range: { start: 1, end: 1 }, format: 'team', owners: [], variables: [] });
      ownsEdges.push({ from: teamId, to: node.id, kind: 'owns' });
    }
    return { ...node, owners: handles };
  });
  return { nodes: [...owned, ...teams.values()], edges: [...edges, ...ownsEdges] };
}
