import type { PromptGraph } from '../graph/prompt-graph.js';
import { expansionsOf } from '../../model/include-expansions.js';

/**
 * The variables of a unit's composed text: its own and those of everything it
 * includes, transitively, less the parameters each call binds (`section('Task',
 * TASK)` leaves none of section's `title` and `body` to fill). An include with
 * no place in the text (a data file a template binds) still brings its variables.
 */
export function composedVariables(graph: PromptGraph, id: string): string[] {
  const memo = new Map<string, ReadonlySet<string>>();
  const visit = (nodeId: string, bound: ReadonlySet<string>, stack: ReadonlySet<string>): ReadonlySet<string> => {
    const key = `${nodeId}\0${[...bound].sort().join('\0')}`;
    const known = memo.get(key);
    if (known) return known;
    const variables = new Set((graph.node(nodeId)?.variables ?? []).filter((variable) => !bound.has(variable)));
    for (const edge of graph.outgoing(nodeId, ['includes'])) {
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
