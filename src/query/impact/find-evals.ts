import type { GraphNode } from '../../model/schema/scan-result.js';
import type { EvalRequirement } from '../../model/schema/impact-result.js';
import { isTextNode, type ImpactGraphs } from './impact-graphs.js';
import { evalIdentities } from './eval-identity.js';

/**
 * Which evals must run: every eval of a changed node (its contract's isolated and
 * composed evals, and eval configs such as promptfoo that point at it), plus the
 * composed evals and eval configs of every affected node, because a composed
 * pipeline changes when anything it is built from changes. An eval is `passed`
 * when `evalsPassed` names it: by id, path (`file#name` for a contract eval), or
 * its own name when no other eval has it (`eval-identity.ts`). A caller asking
 * for many nodes' evals (the release report, per prompt) passes `identify` in,
 * built once, since it reads every node of both graphs.
 */
export function findEvals(
  graphs: ImpactGraphs,
  changedIds: readonly string[],
  affectedIds: readonly string[],
  evalsPassed: readonly string[],
  identify = evalIdentities(graphs),
): EvalRequirement[] {
  const evals = new Map<string, EvalRequirement>();
  const visit = (id: string, changed: boolean) => {
    const graph = graphs.graphOf(id);
    for (const edge of graph.incoming(id, ['evaluates'])) {
      const node = graph.node(edge.from);
      if (node?.kind !== 'eval') continue;
      const scope = scopeOf(node);
      if (!changed && scope === 'isolated' && node.format === 'contract') continue;
      const why = `${scope === 'composed' && node.format === 'contract' ? 'composed eval' : 'eval'} of ${changed ? 'changed' : 'affected'} ${id}`;
      const existing = evals.get(node.id);
      if (existing) {
        if (!existing.why.includes(why)) existing.why.push(why);
        continue;
      }
      const { name, accepted } = identify(node);
      const command = commandOf(node);
      const path = typeof node.meta?.path === 'string' ? node.meta.path : undefined;
      evals.set(node.id, {
        id: node.id,
        name,
        scope,
        file: node.file,
        line: Math.max(node.range.start, 1),
        ...(command ? { command } : {}),
        ...(path ? { path } : {}),
        why: [why],
        passed: accepted.some((entry) => evalsPassed.includes(entry)),
      });
    }
  };
  for (const id of changedIds) visit(id, true);
  for (const id of affectedIds) visit(id, false);
  for (const requirement of evals.values()) {
    const prompts = reachedPrompts(graphs, requirement, [...changedIds, ...affectedIds]);
    if (prompts.length) requirement.prompts = prompts;
  }
  return [...evals.values()].sort((left, right) => (left.id < right.id ? -1 : 1));
}

/** Contract evals declare a scope; an eval config (promptfoo) runs the prompts it names, so it is isolated unless it says otherwise. */
const scopeOf = (node: GraphNode): 'isolated' | 'composed' =>
  node.meta?.scope === 'composed' ? 'composed' : 'isolated';

function commandOf(node: GraphNode): string | undefined {
  if (typeof node.meta?.command === 'string') return node.meta.command;
  if (node.format === 'promptfoo') return `npx promptfoo eval -c ${node.file}`;
  return undefined;
}

/**
 * The changed and affected prompts an eval reaches: those it evaluates and,
 * for a composed eval, those including something it evaluates and those a
 * consumer it evaluates is built from. `promptgraph evals` writes their composed text at both sides.
 */
function reachedPrompts(graphs: ImpactGraphs, requirement: EvalRequirement, ids: readonly string[]): string[] {
  const graph = graphs.head.node(requirement.id) ? graphs.head : (graphs.base ?? graphs.head);
  const targets = new Set(graph.outgoing(requirement.id, ['evaluates']).map((edge) => edge.to));
  // An isolated eval tests the prompt alone; a composed one, everything built on it.
  if (requirement.scope === 'isolated')
    return [...new Set(ids)].filter((id) => targets.has(id) && isTextNode(graphs.latest(id))).sort();
  const builtFrom = new Set([...targets].flatMap((target) => [...graph.upstream(target)]));
  return [...new Set(ids)]
    .filter((id) => isTextNode(graphs.latest(id)))
    .filter(
      (id) =>
        targets.has(id) ||
        builtFrom.has(id) ||
        [...graphs.graphOf(id).upstream(id, ['includes'])].some((included) => targets.has(included)),
    )
    .sort();
}
