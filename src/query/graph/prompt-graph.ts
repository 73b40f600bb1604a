import { MultiDirectedGraph } from 'graphology';
import type { EdgeKind, GraphEdge, GraphNode, ScanResult } from '../../model/schema/scan-result.js';
import { compareText } from '../../model/compare-text.js';

/** Edges along which a change travels to its dependents: who includes or consumes me, whom I feed. */
const UPSTREAM_FACING: ReadonlySet<EdgeKind> = new Set(['includes', 'consumes']);

export interface Reach {
  distance: number;
  /** Ids from a changed node to this one, both ends included. */
  path: string[];
}

/**
 * A scan result as a queryable graphology graph. Built once per result; impact,
 * audit, reports and the map ask it questions and never rebuild it.
 */
export class PromptGraph {
  readonly graph: MultiDirectedGraph<GraphNode, GraphEdge>;

  constructor(readonly result: ScanResult) {
    this.graph = new MultiDirectedGraph<GraphNode, GraphEdge>({ allowSelfLoops: true });
    for (const node of result.nodes) this.graph.addNode(node.id, node);
    for (const edge of result.edges) {
      if (this.graph.hasNode(edge.from) && this.graph.hasNode(edge.to))
        this.graph.addDirectedEdge(edge.from, edge.to, edge);
    }
  }

  node(id: string): GraphNode | undefined {
    return this.graph.hasNode(id) ? this.graph.getNodeAttributes(id) : undefined;
  }

  /** Edges into `id`, optionally of some kinds, in stable order. */
  incoming(id: string, kinds?: ReadonlyArray<EdgeKind>): GraphEdge[] {
    if (!this.graph.hasNode(id)) return [];
    return this.graph
      .mapInEdges(id, (_key: string, edge: GraphEdge) => edge)
      .filter((edge) => !kinds || kinds.includes(edge.kind))
      .sort(byEnds);
  }

  outgoing(id: string, kinds?: ReadonlyArray<EdgeKind>): GraphEdge[] {
    if (!this.graph.hasNode(id)) return [];
    return this.graph
      .mapOutEdges(id, (_key: string, edge: GraphEdge) => edge)
      .filter((edge) => !kinds || kinds.includes(edge.kind))
      .sort(byEnds);
  }

  /**
   * Everything a change to `sources` reaches: units that include or consume them
   * (transitively) and prompts they feed. Breadth-first, so each node gets its
   * shortest distance and one shortest path back to a source. Sources are excluded.
   */
  downstream(sources: Iterable<string>): Map<string, Reach> {
    const reached = new Map<string, Reach>();
    const queue: string[] = [];
    for (const source of [...sources].sort()) {
      if (!this.graph.hasNode(source) || reached.has(source)) continue;
      reached.set(source, { distance: 0, path: [source] });
      queue.push(source);
    }
    for (let head = 0; head < queue.length; head++) {
      const id = queue[head]!;
      const reach = reached.get(id)!;
      const next = this.dependents(id).map((step) => step.id);
      for (const neighbour of next) {
        if (reached.has(neighbour)) continue;
        reached.set(neighbour, { distance: reach.distance + 1, path: [...reach.path, neighbour] });
        queue.push(neighbour);
      }
    }
    for (const source of sources) if (reached.get(source)?.distance === 0) reached.delete(source);
    return reached;
  }

  /**
   * The nodes a change to `id` reaches in one step, each with the edge that
   * carries it: who includes or consumes it, and whom it feeds. Sorted by id.
   */
  dependents(id: string): { id: string; edge: GraphEdge }[] {
    return [
      ...this.incoming(id)
        .filter((edge) => UPSTREAM_FACING.has(edge.kind))
        .map((edge) => ({ id: edge.from, edge })),
      ...this.outgoing(id, ['feeds']).map((edge) => ({ id: edge.to, edge })),
    ].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  }

  /** The inverse of `dependents`: what `id` takes a change from in one step. */
  dependencies(id: string): { id: string; edge: GraphEdge }[] {
    return [
      ...this.outgoing(id)
        .filter((edge) => UPSTREAM_FACING.has(edge.kind))
        .map((edge) => ({ id: edge.to, edge })),
      ...this.incoming(id, ['feeds']).map((edge) => ({ id: edge.from, edge })),
    ].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
  }

  /** Everything `id` is built from: what it includes (and, for a consumer, what it consumes), transitively; `kinds` narrows the edges followed. */
  upstream(id: string, kinds: readonly EdgeKind[] = ['includes', 'consumes']): Set<string> {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length) {
      for (const edge of this.outgoing(stack.pop()!, kinds)) {
        if (!seen.has(edge.to)) {
          seen.add(edge.to);
          stack.push(edge.to);
        }
      }
    }
    seen.delete(id);
    return seen;
  }
}

const byEnds = (left: GraphEdge, right: GraphEdge): number =>
  compareText(left.from, right.from) || compareText(left.to, right.to) || compareText(left.kind, right.kind);
