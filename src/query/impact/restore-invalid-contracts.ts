import type { Diagnostic } from '../../model/schema/common.js';
import type { GraphEdge, GraphNode, ScanResult } from '../../model/schema/scan-result.js';
import { sortEdges, sortNodes } from '../../model/sort-result.js';
import { contractOf } from '../../build/contract/contract-meta.js';
import { lostContracts, type LostContract } from './lost-contracts.js';

export interface RestoredHead {
  /** The head scan, with each contract the change made malformed, unreadable or removed standing in its base version. */
  head: ScanResult;
  /** One diagnostic per restored contract, saying its base version applies (and an error for one that cannot be read). */
  diagnostics: Diagnostic[];
  /** Contracts gone from the head (deleted, moved away, unreadable): still changes, reported as removed. */
  removed: string[];
}

/**
 * A contract malformed at the head governs nothing there, so breaking its YAML
 * (or its bytes, or moving it where no contract is read) while editing its
 * prompt would drop every approval, eval and invariant it asks for. For the
 * impact of a change such a contract keeps its base version, as GitHub keeps the
 * base branch's CODEOWNERS: its fields, the `governs`, `evaluates` and `feeds`
 * edges it made (to nodes still at the head), its eval nodes, and the owners it
 * gave the prompts it governs. Nothing is dropped; `check` still fails on a
 * malformed or unreadable file, and a removed one needs its owners' approval.
 */
export function restoreInvalidContracts(
  base: ScanResult | undefined,
  head: ScanResult,
  renames: readonly { from: string; to: string }[] = [],
): RestoredHead {
  if (!base) return { head, diagnostics: [], removed: [] };
  const lost = lostContracts(base, head, renames);
  if (!lost.length) return { head, diagnostics: [], removed: [] };

  const nodes = new Map(head.nodes.map((node) => [node.id, node]));
  const edgeKey = (edge: GraphEdge) => `${edge.from}\0${edge.to}\0${edge.kind}`;
  const headEdges = new Set(head.edges.map(edgeKey));
  const added: GraphEdge[] = [];
  const addEdge = (edge: GraphEdge) => {
    if (!nodes.has(edge.from) || !nodes.has(edge.to) || headEdges.has(edgeKey(edge))) return;
    headEdges.add(edgeKey(edge));
    added.push(edge);
  };
  for (const { before, at } of lost) {
    // Malformed: the head's node (its lines) with the base's fields; gone: the base's node whole.
    nodes.set(before.id, at ? { ...at, meta: before.meta! } : before);
    const governed = base.edges
      .filter((edge) => edge.kind === 'governs' && edge.from === before.id)
      .map((edge) => edge.to);
    for (const evaluation of base.nodes.filter(
      (node) => node.kind === 'eval' && node.format === 'contract' && node.file === before.file,
    )) {
      if (!nodes.has(evaluation.id)) nodes.set(evaluation.id, evaluation);
      for (const edge of base.edges) if (edge.kind === 'evaluates' && edge.from === evaluation.id) addEdge(edge);
    }
    for (const edge of base.edges) {
      if (edge.kind === 'governs' && edge.from === before.id) addEdge(edge);
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
    diagnostics: lost.flatMap(restoredDiagnostics),
    removed: lost.filter((contract) => !contract.at).map((contract) => contract.before.id),
  };
}

function restoredDiagnostics({ before, at, why }: LostContract): Diagnostic[] {
  const applies = 'its base version applies to this change (approvers, downstream_approval, evals, invariants)';
  const line = (at ?? before).range.start;
  if (why === 'malformed' || why === 'unreadable')
    return [
      ...(why === 'unreadable'
        ? [
            {
              severity: 'error' as const,
              code: 'contract-invalid',
              file: before.file,
              line: 1,
              message: 'the contract cannot be read as text at the head (binary bytes, or over the size limit)',
            },
          ]
        : []),
      {
        severity: 'warning',
        code: 'contract-invalid-at-head',
        file: before.file,
        line,
        message: `this contract is ${why} at the head, so ${applies}; fix it before merging`,
      },
    ];
  return [
    {
      severity: 'warning',
      code: 'contract-removed-at-head',
      file: before.file,
      line,
      message: `this change ${why === 'moved' ? 'moves this contract where no contract is read' : 'deletes this contract (or stops reading it as one)'}, so ${applies}; it governs nothing once merged`,
    },
  ];
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
