import path from 'node:path/posix';
import { composedTexts } from '../compose/composed-texts.js';
import { ownerType } from '../../model/owner-handle.js';
import { PromptGraph } from '../graph/prompt-graph.js';
import { contractOf } from '../../build/contract/contract-meta.js';
import type { EdgeKind, GraphEdge, GraphNode, NodeKind, ScanResult } from '../../model/schema/scan-result.js';
import type { MapContract, MapData, MapNode, MapOverlay } from '../../model/map-data.js';
import { AGENT_TOOLS, isAgentTool } from '../../model/agent-tools.js';

/** What `prepareMapData` adds to the scan: a change to overlay and how the page opens. */
export interface PrepareMapOptions {
  /** Node ids the impact engine found changed and affected. */
  overlay?: MapOverlay;
  /** The page title; defaults to `<repo> · promptgraph map`. */
  title?: string;
  /** Open with the overlay on and untouched nodes hidden (only with an overlay). */
  focusOnChange?: boolean;
}

const KINDS: NodeKind[] = ['prompt', 'fragment', 'consumer', 'contract', 'eval', 'team'];
const EDGE_KINDS: EdgeKind[] = ['includes', 'consumes', 'feeds', 'governs', 'evaluates'];

/**
 * Reshapes a scan result for the map: team nodes and `owns` edges become the
 * nodes' team (drawn as outlines and lanes), every edge points from the
 * dependency to the dependent, and each prompt carries its composed text and
 * the contracts governing it, so the viewer never recomputes them. Pure.
 */
export function prepareMapData(scan: ScanResult, options: PrepareMapOptions = {}): MapData {
  const graph = new PromptGraph(scan);
  const drawn = scan.nodes.filter((node) => node.kind !== 'team');
  const index = new Map(drawn.map((node, position) => [node.id, position]));
  const teams = [...new Set(drawn.flatMap((node) => node.owners))].sort();
  const teamIndex = new Map(teams.map((team, position) => [team, position]));
  // The scan's owner nodes say what each handle is (their format); a handle without one is typed by its shape.
  const typed = new Map(scan.nodes.filter((node) => node.kind === 'team').map((node) => [node.symbol, node.format]));
  const ownerTypes = teams.map((team) => (typed.get(team) === 'user' ? 'user' : ownerType(team)));
  const repositories = scan.repositories?.map((repository) => repository.name);
  const repositoryIndex = new Map((repositories ?? []).map((name, position) => [name, position]));

  const edges: [number, number, number][] = [];
  const dependents = new Array<number>(drawn.length).fill(0);
  for (const edge of scan.edges) {
    const ends = dependencyEnds(edge);
    if (!ends) continue;
    const [dependency, dependent] = [index.get(ends[0]), index.get(ends[1])];
    if (dependency === undefined || dependent === undefined) continue;
    edges.push([dependency, dependent, EDGE_KINDS.indexOf(edge.kind)]);
    dependents[dependency]! += 1;
  }

  const changed = new Set(options.overlay?.changed ?? []);
  const affected = new Set(options.overlay?.affected ?? []);
  const nodes = drawn.map((node, position): MapNode => {
    const status = changed.has(node.id) ? 'changed' : affected.has(node.id) ? 'affected' : undefined;
    return {
      id: node.id,
      kind: node.kind,
      label: labelOf(node),
      file: node.file,
      lines: [node.range.start, node.range.end],
      ...(node.symbol ? { symbol: node.symbol } : {}),
      ...(node.name ? { name: node.name } : {}),
      format: node.format,
      owners: node.owners,
      team: node.owners.length ? teamIndex.get(node.owners[0]!)! : -1,
      ...(repositories ? { repository: node.repository ? (repositoryIndex.get(node.repository) ?? -1) : -1 } : {}),
      variables: node.variables,
      ...(node.remote ? { remote: node.remote } : {}),
      ...(node.flags?.length ? { flags: node.flags } : {}),
      ...agentFields(node),
      ...(node.text !== undefined ? { text: node.text, composed: composedTexts(graph).text(node.id) } : {}),
      ...(node.tokens
        ? {
            tokens: {
              count: node.tokens.count,
              tokenizer: node.tokens.tokenizer,
              ...(node.tokens.approximate ? { approximate: true } : {}),
            },
          }
        : {}),
      contracts: contractsGoverning(graph, node),
      dependents: dependents[position]!,
      ...(status ? { status } : {}),
      ...(status && options.overlay?.details?.[node.id] ? { change: options.overlay.details[node.id] } : {}),
    };
  });

  const counts = Object.fromEntries(
    KINDS.map((kind) => [kind, scan.nodes.filter((node) => node.kind === kind).length]),
  ) as MapData['counts'];
  counts.nodes = nodes.length;
  counts.edges = edges.length;
  const marked = nodes.filter((node) => node.status);
  return {
    schemaVersion: 1,
    repo: scan.root,
    title: options.title ?? `${scan.root} · promptgraph map`,
    nodes,
    edges,
    edgeKinds: EDGE_KINDS,
    teams,
    ownerTypes,
    ...(repositories ? { repositories } : {}),
    counts,
    ...(options.overlay
      ? {
          overlay: {
            changed: marked.filter((node) => node.status === 'changed').length,
            affected: marked.filter((node) => node.status === 'affected').length,
            untouched: nodes.length - marked.length,
          },
        }
      : {}),
    focusOnChange: Boolean(options.overlay && options.focusOnChange),
  };
}

/** `[dependency, dependent]`: who must change for whom. Ownership is not drawn as an edge. */
function dependencyEnds(edge: GraphEdge): [string, string] | undefined {
  if (edge.kind === 'owns') return undefined;
  return edge.kind === 'feeds' ? [edge.from, edge.to] : [edge.to, edge.from];
}

/** `persona.prompt`, `prompts.ts#SYSTEM`, or `langfuse/support-reply` for a registry prompt. */
export function labelOf(node: GraphNode): string {
  if (!node.file) return node.remote ? `${node.remote.registry}/${node.remote.name}` : (node.name ?? node.id);
  const base = path.basename(node.file);
  return node.symbol ? `${base}#${node.symbol}` : base;
}

function contractsGoverning(graph: PromptGraph, node: GraphNode): MapContract[] {
  const ids = node.kind === 'contract' ? [node.id] : graph.incoming(node.id, ['governs']).map((edge) => edge.from);
  return ids.flatMap((id) => {
    const contractNode = graph.node(id);
    const contract = contractOf(contractNode);
    if (!contractNode || !contract) return [];
    return [
      {
        id,
        file: contractNode.file,
        ...(contract.version !== undefined ? { version: String(contract.version) } : {}),
        owners: contract.owners ?? [],
        approvers: (contract.approvers ?? []).map((approver) =>
          typeof approver === 'string' ? approver : `${approver.team} ×${approver.count}`,
        ),
        downstreamApproval: contract.downstream_approval ?? 'none',
        ...(contract.output ? { output: contract.output.format } : {}),
        invariants: contract.invariants ?? [],
        evals: (contract.evals ?? []).map((entry) => ({
          name: entry.name,
          scope: entry.scope ?? 'isolated',
          ...(entry.command ? { command: entry.command } : {}),
        })),
      },
    ];
  });
}

/** Who reads an agent instruction file, by name, and the files it applies to. */
function agentFields(node: GraphNode): Pick<MapNode, 'readBy' | 'scope'> {
  const agents = Array.isArray(node.meta?.agents) ? (node.meta.agents as unknown[]) : [];
  const readBy = agents
    .filter((agent): agent is string => typeof agent === 'string')
    .map((agent) => (isAgentTool(agent) ? AGENT_TOOLS[agent] : agent));
  return { ...(readBy.length ? { readBy } : {}), ...(node.scope ? { scope: node.scope } : {}) };
}
