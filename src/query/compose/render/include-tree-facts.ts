import type { PromptGraph } from '../../graph/prompt-graph.js';

/** What rendering needs to know about a unit's include tree, computed once per unit and graph. */
export interface IncludeTreeFacts {
  /** Include levels below the unit (0: it includes nothing), not counting an edge back into a loop. */
  height: number;
  /** A loop the tree reaches, in cycle order (`a → b → a`), starting at the unit when it is on it. */
  cycle?: string[];
  /** The unit whose blocks nest too deep for the engine, and the line: the unit itself, else the least id in its tree. */
  deepBlocks?: DeepBlocks;
  /** The least id in the tree (the unit included) whose blocks nest too deep. */
  leastDeep?: DeepBlocks;
}

interface DeepBlocks {
  member: string;
  line: number;
}

type NestsTooDeep = (text: string) => number | undefined;

const memo = new WeakMap<PromptGraph, Map<NestsTooDeep, Map<string, IncludeTreeFacts>>>();

const least = (left: DeepBlocks | undefined, right: DeepBlocks | undefined) =>
  !left || (right && right.member < left.member) ? right : left;

/**
 * The facts of `id`'s include tree, depth first with an explicit stack (a
 * 5,000-link chain is no deeper for it than one link) and memoised for every
 * unit met on the way, so asking for every unit of a graph costs its size once,
 * not once per unit (asking each unit's upstream made a chain quadratic).
 */
export function includeTreeFacts(graph: PromptGraph, id: string, nestsTooDeep: NestsTooDeep): IncludeTreeFacts {
  let byEngine = memo.get(graph);
  if (!byEngine) {
    byEngine = new Map();
    memo.set(graph, byEngine);
  }
  let known = byEngine.get(nestsTooDeep);
  if (!known) {
    known = new Map();
    byEngine.set(nestsTooDeep, known);
  }
  const cached = known.get(id);
  if (cached) return startingAt(cached, id);

  const path: string[] = [];
  const onPath = new Map<string, number>();
  const stack: { node: string; targets: string[]; next: number; facts: IncludeTreeFacts }[] = [];
  const enter = (node: string) => {
    onPath.set(node, path.length);
    path.push(node);
    const text = graph.node(node)?.text;
    const line = text === undefined ? undefined : nestsTooDeep(text);
    const own = line === undefined ? undefined : { member: node, line };
    stack.push({
      node,
      targets: graph.outgoing(node, ['includes']).map((edge) => edge.to),
      next: 0,
      facts: { height: 0, ...(own ? { deepBlocks: own, leastDeep: own } : {}) },
    });
  };
  enter(id);
  for (;;) {
    const frame = stack[stack.length - 1]!;
    if (frame.next === frame.targets.length) {
      stack.pop();
      path.pop();
      onPath.delete(frame.node);
      known.set(frame.node, frame.facts);
      if (!stack.length) return startingAt(frame.facts, id);
      combine(stack[stack.length - 1]!, frame.facts);
      continue;
    }
    const target = frame.targets[frame.next++]!;
    const at = onPath.get(target);
    if (at !== undefined) frame.facts.cycle ??= [...path.slice(at), target];
    else if (known.has(target)) combine(frame, known.get(target)!);
    else enter(target);
  }
}

/** Folds an included unit's facts into the including unit's. */
function combine(frame: { node: string; facts: IncludeTreeFacts }, child: IncludeTreeFacts): void {
  const facts = frame.facts;
  facts.height = Math.max(facts.height, child.height + 1);
  facts.cycle ??= child.cycle;
  const leastDeep = least(facts.leastDeep, child.leastDeep);
  if (leastDeep) facts.leastDeep = leastDeep;
  // The unit's own blocks are named first; else the least id below it.
  if (facts.deepBlocks?.member !== frame.node && leastDeep) facts.deepBlocks = least(facts.deepBlocks, child.leastDeep);
}

/** The facts with the loop told from `id` when `id` is on it, as a reader of `id`'s diagnostic follows it. */
function startingAt(facts: IncludeTreeFacts, id: string): IncludeTreeFacts {
  const cycle = facts.cycle;
  if (!cycle || cycle[0] === id) return facts;
  const at = cycle.indexOf(id);
  if (at < 0) return facts;
  const members = cycle.slice(0, -1);
  return { ...facts, cycle: [...members.slice(at), ...members.slice(0, at), id] };
}
