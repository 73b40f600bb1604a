import type { ImpactGraphs } from './impact-graphs.js';
import { outputSchemaPath } from '../../build/contract/contract-meta.js';
import { CODEOWNERS_LOCATIONS } from '../../build/ownership/codeowners.js';

interface ChangedRef {
  id: string;
  kind: string;
  file: string;
  contracts: string[];
}

export interface CodeownerFile {
  file: string;
  /** Empty when the file holds a changed node; otherwise the changed nodes that depend on it. */
  dependents: string[];
}

/**
 * The changed files whose CODEOWNERS owners must approve: each file holding a
 * changed node, and each file a changed node depends on — the output schema of
 * a contract governing it (or of a changed contract), and the files of what it
 * includes or consumes (a consumer's loaded prompt file), and a changed
 * CODEOWNERS file (a change to who owns what is approved by who owned it). A
 * changed file that nothing changed depends on (a README) asks no one.
 */
export function codeownerFiles(
  graphs: ImpactGraphs,
  changed: readonly ChangedRef[],
  changedFiles: Iterable<string>,
): CodeownerFile[] {
  const files = new Set(changedFiles);
  const holding = new Set([
    ...changed.map((node) => node.file),
    ...CODEOWNERS_LOCATIONS.filter((file) => files.has(file)),
  ]);
  const dependents = new Map<string, Set<string>>();
  const dependsOn = (file: string | undefined, id: string) => {
    if (!file || !files.has(file) || holding.has(file)) return;
    dependents.set(file, (dependents.get(file) ?? new Set()).add(id));
  };
  for (const node of changed) {
    for (const graph of [graphs.head, graphs.base]) {
      if (!graph?.node(node.id)) continue;
      for (const upstream of graph.upstream(node.id)) dependsOn(graph.node(upstream)?.file, node.id);
      const contracts = node.kind === 'contract' ? [node.id] : node.contracts;
      for (const contractId of contracts) {
        const contract = graph.node(contractId);
        if (contract) dependsOn(outputSchemaPath(contract), node.id);
      }
    }
  }
  return [
    ...[...holding].filter((file) => files.has(file)).map((file) => ({ file, dependents: [] })),
    ...[...dependents].map(([file, ids]) => ({ file, dependents: [...ids].sort() })),
  ].sort((left, right) => (left.file < right.file ? -1 : 1));
}
