import type { InterfaceChange } from '../../model/schema/impact-result.js';
import type { ImpactGraphs } from './impact-graphs.js';
import type { Composition } from './compare-composition.js';
import { contractOf } from '../../build/contract/contract-meta.js';

interface ChangedWithComposition extends Composition {
  id: string;
  contracts: string[];
}

/**
 * Breaking changes to contract interfaces: a governed prompt (changed, or affected
 * through an include) lost a variable, or
 * gained one with no default (callers do not pass it yet), or the output schema
 * changed. `bumped` says whether the contract's `version` moved with it; a
 * contract that did not exist at the base has no interface to break.
 */
export function findInterfaceChanges(
  graphs: ImpactGraphs,
  changed: readonly ChangedWithComposition[],
): InterfaceChange[] {
  if (!graphs.base) return [];
  const byContract = new Map<string, InterfaceChange>();
  for (const node of changed) {
    const defaults = defaultsOf(graphs.latest(node.id)?.meta);
    const reasons = [
      ...node.variables.removed.map((variable) => `${node.id}: variable '${variable}' removed`),
      ...node.variables.added
        .filter((variable) => !defaults.includes(variable))
        .map((variable) => `${node.id}: variable '${variable}' added without a default`),
      ...(node.classification.includes('output') ? [`${node.id}: output schema changed`] : []),
      ...(node.classification.includes('removed') ? [`${node.id}: removed`] : []),
    ];
    if (!reasons.length) continue;
    for (const contractId of node.contracts) {
      const before = contractOf(graphs.base.node(contractId));
      const after = contractOf(graphs.head.node(contractId));
      if (!before) continue;
      const entry = byContract.get(contractId) ?? {
        contract: contractId,
        nodes: [],
        reasons: [],
        version: {
          ...(before.version !== undefined ? { base: before.version } : {}),
          ...(after?.version !== undefined ? { head: after.version } : {}),
        },
        bumped: after !== undefined && String(before.version ?? '') !== String(after.version ?? ''),
      };
      entry.nodes.push(node.id);
      entry.reasons.push(...reasons);
      byContract.set(contractId, entry);
    }
  }
  return [...byContract.values()].sort((left, right) => (left.contract < right.contract ? -1 : 1));
}

/** Variables that have a default (Dotprompt `input.default`, as adapters record it in `meta.defaults`). */
function defaultsOf(meta: Record<string, unknown> | undefined): string[] {
  const defaults = meta?.defaults;
  if (Array.isArray(defaults)) return defaults.filter((entry): entry is string => typeof entry === 'string');
  if (defaults && typeof defaults === 'object') return Object.keys(defaults);
  return [];
}
