import { SCAN_SCHEMA_MINOR, SCHEMA_VERSION } from '../../model/schema/common.js';
import type { Diagnostic } from '../../model/schema/common.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import type { GraphEdge, GraphNode, RepositoryInfo, ScanResult } from '../../model/schema/scan-result.js';
import { sortDiagnostics, sortEdges, sortNodes } from '../../model/sort-result.js';
import { dedupeEdges } from '../graph/dedupe-edges.js';
import { linkPackages } from './link-packages.js';
import { namespacedId, REPOSITORY_SEPARATOR } from './namespace.js';
import { settleMergedKinds } from './settle-merged-kinds.js';

export interface RepositoryScan {
  /** How the merged graph names the repository; default: its scan's `root`. */
  name?: string;
  scan: ScanResult;
}

export interface MergeOptions {
  /** The organisation's name, the merged graph's `root`; default `org`. */
  name?: string;
}

/** Two nodes one id stands for in several repositories (a team, an agent, a registry prompt) become one. */
function mergeShared(existing: GraphNode, next: GraphNode): GraphNode {
  if (!existing.remote || !next.remote) return existing;
  return { ...existing, remote: { ...existing.remote, moving: existing.remote.moving || next.remote.moving } };
}

/**
 * Many repositories, one graph: each scan's node ids are namespaced by its
 * repository (`support-bot::src/reply.ts#SUPPORT_SYSTEM`; teams, agents and
 * registry prompts stay shared), files stay relative to their repository (each
 * node and diagnostic names it), and each repository's imports of prompt text
 * are linked to the repository publishing the package. The result is a scan
 * result, so every query, report and the map read it as they read one repository.
 */
export function mergeScans(repositories: readonly RepositoryScan[], options: MergeOptions = {}): ScanResult {
  const named = repositories.map((repository) => ({
    name: repository.name ?? repository.scan.root,
    scan: repository.scan,
  }));
  const seen = new Set<string>();
  for (const { name } of named) {
    if (!name || name.includes(REPOSITORY_SEPARATOR))
      throw new PromptgraphError(
        `merge: '${name}' cannot name a repository (empty, or holding '${REPOSITORY_SEPARATOR}')`,
        {
          code: 'usage',
          exitCode: 2,
        },
      );
    if (seen.has(name))
      throw new PromptgraphError(
        `merge: two repositories are named '${name}'; name them apart (a workspace entry's name)`,
        {
          code: 'usage',
          exitCode: 2,
        },
      );
    seen.add(name);
  }
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const { name, scan } of named) {
    for (const node of scan.nodes) {
      const id = namespacedId(name, node.id);
      const placed: GraphNode = id === node.id ? node : { ...node, id, repository: name };
      nodes.set(id, nodes.has(id) ? mergeShared(nodes.get(id)!, placed) : placed);
    }
    for (const edge of scan.edges)
      edges.push({ ...edge, from: namespacedId(name, edge.from), to: namespacedId(name, edge.to) });
    for (const diagnostic of scan.diagnostics) diagnostics.push({ ...diagnostic, repository: name });
  }
  const links = linkPackages(
    named.flatMap(({ name, scan }) => (scan.packages ?? []).map((pkg) => ({ repository: name, pkg }))),
    named.map(({ name, scan }) => {
      const files = new Map(scan.nodes.map((node) => [node.id, node.file]));
      return { repository: name, imports: scan.imports ?? [], fileOf: (id: string) => files.get(id) ?? '' };
    }),
  );
  const allEdges = dedupeEdges([...edges, ...links.edges]);
  const repositoryInfo: RepositoryInfo[] = named
    .map(({ name, scan }) => ({ name, root: scan.root, packages: scan.packages ?? [] }))
    .sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinor: SCAN_SCHEMA_MINOR,
    root: options.name ?? 'org',
    nodes: sortNodes(settleMergedKinds([...nodes.values()], allEdges)),
    edges: sortEdges(allEdges),
    diagnostics: sortDiagnostics([...diagnostics, ...links.diagnostics]),
    repositories: repositoryInfo,
  };
}
