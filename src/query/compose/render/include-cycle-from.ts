import type { PromptGraph } from '../../graph/prompt-graph.js';
import { MAX_BLOCK_DEPTH } from '../../../build/adapters/shared/template-block-depth.js';
import { MAX_INCLUDE_DEPTH } from '../composition-limits.js';
import { includeTreeFacts } from './include-tree-facts.js';

/**
 * The first include cycle reachable from `id`, in cycle order (`a → b → a`),
 * or undefined. An engine handed a cyclic include tree recurses until it runs
 * out of time or stack (nunjucks rendering `a` including `b` including `a` never
 * returned: fuzz finding hang-24f0a14f13), so a unit whose tree loops is not
 * given to its engine at all. Depth first with an in-progress path and a
 * done set: linear in the tree's edges.
 */
export function includeCycleFrom(graph: PromptGraph, id: string): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Map<string, number>();
  // An explicit stack of [node, its include targets, next index]: no recursion on a deep tree either.
  const stack: [string, string[], number][] = [];
  const enter = (node: string) => {
    onPath.set(node, path.length);
    path.push(node);
    stack.push([node, graph.outgoing(node, ['includes']).map((edge) => edge.to), 0]);
  };
  enter(id);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const [node, targets, index] = frame;
    if (index === targets.length) {
      stack.pop();
      path.pop();
      onPath.delete(node);
      done.add(node);
      continue;
    }
    frame[2] = index + 1;
    const target = targets[index]!;
    const at = onPath.get(target);
    if (at !== undefined) return [...path.slice(at), target];
    if (!done.has(target)) enter(target);
  }
  return undefined;
}

/**
 * Why `engine` must not render `id`, or undefined: its includes loop, a template
 * in its include tree nests blocks past `MAX_BLOCK_DEPTH`, or the tree is deeper
 * than `MAX_INCLUDE_DEPTH` (the engine recurses once per level, and nunjucks ran
 * out of stack at about 285). Memoised per graph (`includeTreeFacts`): asking
 * for every unit of a 5,000-link chain costs the chain once.
 */
export function unrenderable(
  graph: PromptGraph,
  id: string,
  engine: { nestsTooDeep(text: string): number | undefined },
): string | undefined {
  const facts = includeTreeFacts(graph, id, engine.nestsTooDeep);
  if (facts.cycle) return `its includes loop: ${facts.cycle.join(' → ')}`;
  const deep = facts.deepBlocks;
  if (deep)
    return `${deep.member === id ? 'its' : `${deep.member}'s`} blocks nest more than ${MAX_BLOCK_DEPTH} deep (line ${deep.line} of the template)`;
  if (facts.height > MAX_INCLUDE_DEPTH)
    return `its includes nest ${facts.height} deep, more than the limit of ${MAX_INCLUDE_DEPTH}`;
  return undefined;
}
