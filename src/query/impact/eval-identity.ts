import type { GraphNode } from '../../model/schema/scan-result.js';
import type { ImpactGraphs } from './impact-graphs.js';

export interface EvalIdentity {
  /** What reports call it and `--evals-passed` accepts: its own name when no other eval has it, else its `file#name` (or file). */
  name: string;
  /** Every string `--evals-passed` may name it by. */
  accepted: string[];
}

/**
 * How an eval is named on the command line, without ambiguity: two
 * `promptfooconfig.yaml` in two packages, or two contracts each with an eval
 * `tone`, are different suites, so one passing must not satisfy the other.
 * An eval is always accepted by its id and by its id without `eval:` (its file,
 * `file#name` for a contract eval); by its own name only when that is unique.
 */
export function evalIdentities(graphs: ImpactGraphs): (node: GraphNode) => EvalIdentity {
  const holders = new Map<string, Set<string>>();
  for (const graph of [graphs.head, graphs.base]) {
    for (const node of graph?.result.nodes ?? []) {
      if (node.kind !== 'eval') continue;
      const own = ownName(node);
      holders.set(own, (holders.get(own) ?? new Set()).add(node.id));
    }
  }
  return (node) => {
    const own = ownName(node);
    const locator = node.id.replace(/^eval:/, '');
    const unique = (holders.get(own)?.size ?? 1) <= 1;
    return { name: unique ? own : locator, accepted: [...new Set([node.id, locator, ...(unique ? [own] : [])])] };
  };
}

/** A contract eval's `name`, a promptfoo config's description or repository path. */
const ownName = (node: GraphNode): string => node.name ?? node.symbol ?? node.file;
