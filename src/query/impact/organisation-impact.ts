import type { AffectedElsewhere, ImpactResult, OrganisationImpact } from '../../model/schema/impact-result.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { PromptGraph } from '../graph/prompt-graph.js';
import { nodeRef } from './node-ref.js';
import { ownerType } from '../../model/owner-handle.js';
import { namespacedId, REPOSITORY_SEPARATOR } from '../../build/merge/namespace.js';

/**
 * The repository of the organisation graph this scan is: the one named, else
 * the one whose scan had the same root folder. Not found is a usage error that
 * lists the names to choose from.
 */
export function repositoryIn(org: ScanResult, root: string, named?: string): string {
  const names = (org.repositories ?? []).map((repository) => repository.name);
  const found = named ?? org.repositories?.find((repository) => repository.root === root)?.name;
  if (found && names.includes(found)) return found;
  throw new PromptgraphError(
    `--against: ${named ? `no repository '${named}'` : `no repository scanned from a folder named '${root}'`} in ${org.root} (${names.length ? names.join(', ') : 'it is not a merged graph'})`,
    { code: 'usage', exitCode: 2, hint: 'name this repository as the organisation graph does: --repository <name>' },
  );
}

/**
 * What a change reaches beyond its repository: the changed nodes, found in the
 * organisation graph under this repository's name, followed downstream across
 * the package links; the nodes of other repositories it reaches, and their teams.
 * The organisation graph is a snapshot (usually of each default branch), so a
 * node this change adds is not in it yet and reaches nothing there.
 */
export function organisationImpact(result: ImpactResult, org: ScanResult, repository: string): OrganisationImpact {
  const graph = new PromptGraph(org);
  const sources = result.changed.map((node) => namespacedId(repository, node.id)).filter((id) => graph.node(id));
  const affected: AffectedElsewhere[] = [];
  for (const [id, reach] of graph.downstream(sources)) {
    const node = graph.node(id);
    if (!node?.repository || node.repository === repository) continue;
    const last = reach.path.at(-2)!;
    const via = graph.dependents(last).find((step) => step.id === id)!.edge.kind;
    // The id its own repository's scan gives it; the path keeps the merged ids.
    const own = id.slice(node.repository.length + REPOSITORY_SEPARATOR.length);
    affected.push({
      ...nodeRef({ ...node, id: own }),
      repository: node.repository,
      distance: reach.distance,
      path: reach.path,
      via,
    });
  }
  affected.sort(
    (left, right) =>
      left.distance - right.distance ||
      (left.repository < right.repository ? -1 : left.repository > right.repository ? 1 : 0) ||
      (left.id < right.id ? -1 : 1),
  );
  const teams = new Map<string, { repositories: Set<string>; nodes: string[] }>();
  for (const node of affected) {
    for (const owner of node.owners) {
      const team = teams.get(owner) ?? { repositories: new Set<string>(), nodes: [] };
      team.repositories.add(node.repository);
      team.nodes.push(namespacedId(node.repository, node.id));
      teams.set(owner, team);
    }
  }
  // The merged graph's owner nodes say what each handle is (their format), as in a single repository's impact.
  const typed = new Map(org.nodes.filter((node) => node.kind === 'team').map((node) => [node.symbol, node.format]));
  return {
    graph: org.root,
    repository,
    affected,
    teams: [...teams.keys()].sort().map((team) => ({
      team,
      type: typed.get(team) === 'user' ? ('user' as const) : ownerType(team),
      repositories: [...teams.get(team)!.repositories].sort(),
      nodes: teams.get(team)!.nodes.sort(),
    })),
  };
}
