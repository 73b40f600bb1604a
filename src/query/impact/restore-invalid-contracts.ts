import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../model/schema/scan-result.js';
import { sortEdges, sortNodes } from '../../model/sort-result.js';
import { contractOf } from '../../build/contract/contract-meta.js';

export interface RestoredHead {
  /** The head scan, with each contract malformed at the head standing in its base version. */
  head: ScanResult;
  /** One warning per restored contract, saying its base version applies. */
  diagnostics: Diagnostic[];
}

/**
 * A contract malformed at the head governs nothing there, so breaking its YAML
 * while editing its prompt would drop every approval, eval and invariant it asks
 * for. For the impact of a change such a contract keeps its base version: its
 * fields, the `governs`, `evaluates` and `feeds` edges it made (to nodes still
 * at the head), its eval nodes, and the owners it gave the prompts it governs.
 * Nothing is dropped, and `check` still fails on the malformed file.
 */
export function restoreInvalidContracts(base: ScanResult | undefined, head: ScanResult): RestoredHead {
  if (!base) return { head, diagnostics: [] };
  const baseById = new Map(base.nodes.map((node) => [node.id, node]));
  const restored = head.nodes.filter(
    (node) => node.kind === 'contract' && !contractOf(node) && contractOf(baseById.get(node.id)),
  );
  if (!restored.length) return { head, diagnostics: [] };

  const nodes = new Map(head.nodes.map((node) => [node.id, node]));
  const edgeKey = (edge: GraphEdge) => `${edge.from}\0${edge.to}\0${edge.kind}`;
  const headEdges = new Set(head.edges.map(edgeKey));
  const added: GraphEdge[] = [];
  const addEdge = (edge: GraphEdge) => {
    if (!nodes.has(edge.from) || !nodes.has(edge.to) || headEdges.has(edgeKey(edge))) return;
    headEdges.add(edgeKey(edge));
    added.push(edge);
  };
  for (const contract of restored) {
    const before = baseById.get(contract.id)!;
    nodes.set(contract.id, { ...contract, meta: before.meta! });
    const governed = base.edges
      .filter((edge) => edge.kind === 'governs' && edge.from === contract.id)
      .map((edge) => edge.to);
    for (const evaluation of base.nodes.filter(
      (node) => node.kind === 'eval' && node.format === 'contract' && node.file === contract.file,
    )) {
      if (!nodes.has(evaluation.id)) nodes.set(evaluation.id, evaluation);
      for (const edge of base.edges) if (edge.kind === 'evaluates' && edge.from === evaluation.id) addEdge(edge);
    }
    for (const edge of base.edges) {
      if (edge.kind === 'governs' && edge.from === contract.id) addEdge(edge);
      // Only contracts declare `feeds` (consumes_output_of), into the prompts they govern.
      if (edge.kind === 'feeds' && governed.includes(edge.to)) addEdge(edge);
    }
    const owners = contractOf(before)!.owners;
    for (const id of governed) {
      const node = nodes.get(id);
      if (!node || !owners.length) continue;
      nodes.set(id, withOwners(node, owners, before));
    }
  }
  return {
    head: { ...head, nodes: sortNodes([...nodes.values()]), edges: sortEdges([...head.edges, ...added]) },
    diagnostics: restored.map((contract) => ({
      severity: 'warning',
      code: 'contract-invalid-at-head',
      file: contract.file,
      line: contract.range.start,
      message:
        'this contract is malformed at the head, so its base version applies to this change (approvers, downstream_approval, evals, invariants); fix it before merging',
    })),
  };
}

function withOwners(node: GraphNode, owners: readonly string[], contract: GraphNode): GraphNode {
  return {
    ...node,
    owners: [...new Set([...node.owners, ...owners])].sort(),
    ownership: [
      ...(node.ownership ?? []),
      { via: 'contract', file: contract.file, line: contract.range.start, owners: [...owners].sort() },
    ],
  };
}
