import type { PromptGraph } from '../graph/prompt-graph.js';
import { applyOperations, expansionsOf } from '../../model/include-expansions.js';
import { replacePlaceholders } from './replace-placeholders.js';
import { MAX_COMPOSED_LENGTH, MAX_INCLUDE_DEPTH } from './composition-limits.js';

export interface ComposeOptions {
  /** How an include that cannot be expanded (remote prompt, cycle, unit without text) is shown. */
  unresolved?: (id: string, placeholder: string) => string;
  /** The text an included unit stands for when it is not composed here (a template its own engine renders); undefined composes it. */
  textOf?: (id: string) => string | undefined;
  /** The text to compose for a node instead of its `text`: one of its `variants`, whose placeholders are the node's. */
  variantOf?: (id: string) => string | undefined;
  /** Hears that composition stopped short: an include deeper than `MAX_INCLUDE_DEPTH`, or text past `MAX_COMPOSED_LENGTH`. */
  onLimit?: (limit: 'include-depth' | 'composed-length') => void;
}

/**
 * The full text of a prompt as a model would receive it: every include's
 * placeholder in the unit's own text is replaced by the included unit's composed
 * text, transitively. A function returning text is composed, at each call, with
 * the arguments that call binds to its parameters (`section('Task', TASK)` gives
 * section's text with `${title}` → `Task` and `${body.trim()}` → TASK's composed
 * text, trimmed); composed on its own, its parameters stay as written. Template
 * variables and non-constant values stay as written, so they show as visible
 * placeholders. An include the tool concatenates (`prepend`: a nested AGENTS.md
 * after its ancestor) puts the included text before the unit's own, separated by one
 * blank line, as Codex joins them. A cycle stops at the repeat. Includes more
 * than `MAX_INCLUDE_DEPTH` levels down, and any once `MAX_COMPOSED_LENGTH`
 * characters have been composed, stay as written (`onLimit` hears it): the
 * recursion is bounded, and a unit including the next one twice, sixty levels
 * down, is not composed 2⁶⁰ times.
 */
export function composeText(graph: PromptGraph, id: string, options: ComposeOptions = {}): string {
  const unresolved = options.unresolved ?? ((_includedId: string, placeholder: string) => placeholder);
  // Characters left to compose, counted at every level an included text is placed in.
  let budget = MAX_COMPOSED_LENGTH;
  const stopped = (limit: 'include-depth' | 'composed-length', placeholder: string) => {
    options.onLimit?.(limit);
    return placeholder;
  };
  const placed = (text: string, placeholder: string) => {
    budget -= text.length;
    return budget < 0 ? stopped('composed-length', placeholder) : text;
  };
  const compose = (nodeId: string, args: ReadonlyMap<string, string>, stack: ReadonlySet<string>): string => {
    const own = expand(nodeId, options.variantOf?.(nodeId) ?? graph.node(nodeId)?.text ?? '', args, stack);
    // A nested AGENTS.md (CLAUDE.md, GEMINI.md) is read after its ancestors: their text comes first.
    let prepended = graph
      .outgoing(nodeId, ['includes'])
      .filter((edge) => edge.prepend && !stack.has(edge.to) && graph.node(edge.to)?.text !== undefined);
    if (prepended.length && stack.size > MAX_INCLUDE_DEPTH) {
      stopped('include-depth', '');
      prepended = [];
    }
    const before: string[] = [];
    for (const edge of prepended) {
      if (budget < 0) break;
      const text = compose(edge.to, new Map(), new Set([...stack, edge.to])).replace(/\n+$/, '');
      budget -= text.length;
      if (budget < 0) stopped('composed-length', '');
      else before.push(text);
    }
    return before.length ? [...before, own].join('\n\n') : own;
  };
  // Text of `ownerId` (its own, or an argument it passes on) with its bound parameters and its includes replaced.
  const expand = (
    ownerId: string,
    text: string,
    args: ReadonlyMap<string, string>,
    stack: ReadonlySet<string>,
  ): string => {
    const replacements = new Map<string, () => string>();
    for (const slot of graph.node(ownerId)?.parameters ?? []) {
      const value = args.get(slot.name);
      if (value !== undefined && !replacements.has(slot.placeholder))
        replacements.set(slot.placeholder, () => applyOperations(value, slot.apply));
    }
    for (const edge of graph.outgoing(ownerId, ['includes'])) {
      for (const expansion of expansionsOf(edge)) {
        if (replacements.has(expansion.placeholder)) continue;
        replacements.set(expansion.placeholder, () => {
          if (graph.node(edge.to)?.text === undefined || stack.has(edge.to))
            return unresolved(edge.to, expansion.placeholder);
          if (budget < 0) return stopped('composed-length', expansion.placeholder);
          const given = options.textOf?.(edge.to);
          if (given !== undefined) return placed(given, expansion.placeholder);
          if (stack.size > MAX_INCLUDE_DEPTH) return stopped('include-depth', expansion.placeholder);
          // An argument is text of the caller: its placeholders are the caller's includes and parameters.
          const bound = new Map(
            expansion.bindings.map((binding) => [binding.parameter, expand(ownerId, binding.text, args, stack)]),
          );
          return placed(compose(edge.to, bound, new Set([...stack, edge.to])), expansion.placeholder);
        });
      }
    }
    return replacePlaceholders(text, replacements);
  };
  return compose(id, new Map(), new Set([id]));
}
