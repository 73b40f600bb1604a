import type { PromptGraph } from '../graph/prompt-graph.js';

export interface ComposeOptions {
  /** How an include that cannot be expanded (remote prompt, cycle, unit without text) is shown. */
  unresolved?: (id: string, placeholder: string) => string;
}

/**
 * The full text of a prompt as a model would receive it: every include edge's
 * placeholder in the unit's own text is replaced by the included unit's composed
 * text, transitively. Template variables and non-constant interpolations stay as
 * written, so they show as visible placeholders. A cycle stops at the repeat.
 */
export function composeText(graph: PromptGraph, id: string, options: ComposeOptions = {}): string {
  const unresolved = options.unresolved ?? ((_includedId: string, placeholder: string) => placeholder);
  const compose = (nodeId: string, stack: ReadonlySet<string>): string => {
    const node = graph.node(nodeId);
    let text = node?.text ?? '';
    const includes = graph.outgoing(nodeId, ['includes']).filter((edge) => edge.placeholder);
    // Longest placeholders first, so `${PERSONA_LONG}` is not clobbered by `${PERSONA}`.
    includes.sort((left, right) => right.placeholder!.length - left.placeholder!.length);
    for (const edge of includes) {
      const included = graph.node(edge.to);
      const expandable = included?.text !== undefined && !stack.has(edge.to);
      const replacement = expandable ? compose(edge.to, new Set([...stack, edge.to])) : unresolved(edge.to, edge.placeholder!);
      text = text.split(edge.placeholder!).join(replacement);
    }
    return text;
  };
  return compose(id, new Set([id]));
}
