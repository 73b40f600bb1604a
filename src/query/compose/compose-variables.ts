import type { PromptGraph } from '../graph/prompt-graph.js';
import { expansionsOf } from '../../model/include-expansions.js';
import { MAX_INCLUDE_DEPTH } from './composition-limits.js';

/**
 * The variables of a unit's composed text: its own and those of everything it
 * includes, transitively, less the parameters each call binds (`section('Task',
 * TASK)` leaves none of section's `title` and `body` to fill). An include with
 * no place in the text (a data file a template binds) still brings its variables.
 * Like the composed text, it follows `MAX_INCLUDE_DEPTH` levels of includes: the
 * walk recursed once per level, and a 5,000-link chain overflowed the stack in
 * `impact` (test/slow/graph-growth.test.ts).
 */
export function composedVariables(graph: PromptGraph, id: string): string[] {
  const memo = new Map<string, ReadonlySet<string>>();
  const visit = (nodeId: string, bound: ReadonlySet<string>, stack: ReadonlySet<string>): ReadonlySet<string> => {
    const key = `${nodeId}\0${[...bound].sort().join('\0')}`;
    const known = memo.get(key);
    if (known) return known;
    const variables = new Set((graph.node(nodeId)?.variables ?? []).filter((variable) => !bound.has(variable)));
    for (const edge of stack.size > MAX_INCLUDE_DEPTH ? [] : graph.outgoing(nodeId, ['includes'])) {
      if (stack.has(edge.to)) continue;
      const expansions = expansionsOf(edge);
      for (const expansion of expansions.length ? expansions : [{ bindings: [] }]) {
        const parameters = new Set(expansion.bindings.map((binding) => binding.parameter));
        for (const variable of visit(edge.to, parameters, new Set([...stack, edge.to]))) variables.add(variable);
      }
    }
    memo.set(key, variables);
    return variables;
  };
  return [...visit(id, new Set(), new Set([id]))].sort();
}
