import type { GraphEdge, GraphNode, ScanResult } from '../../src/model/schema/scan-result.js';

/** A text node for hand-built graphs; the hash stands for its source lines. */
export function textNode(id: string, text: string, extra: Partial<GraphNode> = {}): GraphNode {
  const [file, symbol] = id.split('#') as [string, string | undefined];
  return {
    id,
    kind: 'prompt',
    file,
    ...(symbol ? { symbol } : {}),
    range: { start: 1, end: 1 },
    format: 'test',
    owners: [],
    variables: [],
    text,
    hash: `h:${text}`,
    ...extra,
  };
}

export function consumerNode(id: string, extra: Partial<GraphNode> = {}): GraphNode {
  const file = id.slice('consumer:'.length).split('#')[0]!;
  return {
    id,
    kind: 'consumer',
    file,
    symbol: id.split('#')[1] ?? '<module>',
    range: { start: 1, end: 1 },
    format: 'typescript',
    owners: [],
    variables: [],
    hash: 'h',
    ...extra,
  };
}

export function contractNode(id: string, meta: Record<string, unknown>): GraphNode {
  return {
    id,
    kind: 'contract',
    file: id.slice('contract:'.length),
    range: { start: 1, end: 5 },
    format: 'contract',
    owners: [],
    variables: [],
    meta: {
      owners: [],
      approvers: [],
      downstream_approval: 'none',
      invariants: [],
      evals: [],
      consumes_output_of: [],
      ...meta,
    },
  };
}

export function evalNode(id: string, meta: Record<string, unknown>, format = 'contract'): GraphNode {
  const [file, symbol] = id.slice('eval:'.length).split('#') as [string, string | undefined];
  return {
    id,
    kind: 'eval',
    file,
    ...(symbol ? { symbol, name: symbol } : {}),
    range: { start: 1, end: 1 },
    format,
    owners: [],
    variables: [],
    meta,
  };
}

/** `a -includes-> b` strings to edges; `{{> b}}`-style placeholders are `[[b]]`. */
export function edges(...specs: string[]): GraphEdge[] {
  return specs.map((spec) => {
    const [from, kind, to] = /^(\S+) -(\w+)-> (\S+)$/.exec(spec)!.slice(1) as [string, GraphEdge['kind'], string];
    return { from, to, kind, ...(kind === 'includes' ? { placeholder: `[[${to}]]` } : {}) };
  });
}

export function scanOf(nodes: GraphNode[], graphEdges: GraphEdge[] = []): ScanResult {
  return { schemaVersion: 1, root: 'repo', nodes, edges: graphEdges, diagnostics: [] };
}
