import type { PromptGraph } from '../graph/prompt-graph.js';
import { type ComposeOptions, composeText } from './compose-text.js';

/** Past this many combinations of branches, a text is compared as its one composed text. */
export const MAX_VARIANTS = 16;

/**
 * The composed texts a node may give, one per combination of the branches of
 * itself and of what it includes (a function with several returns, `cond ? A : B`,
 * or a prompt built on one): its own branches outermost, in source order, then
 * each included node's, by id. Undefined when nothing on the way branches, or
 * when the combinations exceed `MAX_VARIANTS`.
 */
export function composeVariants(
  graph: PromptGraph,
  id: string,
  options: Omit<ComposeOptions, 'variantOf'> = {},
): string[] | undefined {
  const branching = [id, ...[...graph.upstream(id, ['includes'])].filter((other) => other !== id).sort()].filter(
    (node) => (graph.node(node)?.variants?.length ?? 0) > 1,
  );
  if (!branching.length) return undefined;
  let choices: ReadonlyMap<string, string>[] = [new Map()];
  for (const node of branching) {
    const variants = graph.node(node)!.variants!;
    if (choices.length * variants.length > MAX_VARIANTS) return undefined;
    choices = choices.flatMap((chosen) => variants.map((variant) => new Map([...chosen, [node, variant]])));
  }
  const texts = choices.map((chosen) => composeText(graph, id, { ...options, variantOf: (node) => chosen.get(node) }));
  const distinct = [...new Set(texts)];
  return distinct.length > 1 ? distinct : undefined;
}
