import type { AffectedNode } from '../../model/schema/impact-result.js';
import { isTextNode, type ImpactGraphs } from './impact-graphs.js';
import { composedTexts } from '../compose/composed-texts.js';
import { countTokens } from '../tokens/count-tokens.js';
import { promptTokens } from '../tokens/prompt-tokens.js';

/**
 * The tokens of a prompt's composed text at base and head, both counted with
 * the tokenizer of its model at the head (so the delta measures the text,
 * not a change of tokenizer). Nothing for a node that is not prompt text.
 */
export function tokenDelta(
  graphs: ImpactGraphs,
  baseId: string,
  headId: string,
  defaultModel?: string,
): Pick<AffectedNode, 'tokens'> {
  const head = isTextNode(graphs.head.node(headId)) ? promptTokens(graphs.head, headId, defaultModel) : undefined;
  const base =
    graphs.base && isTextNode(graphs.base.node(baseId)) ? promptTokens(graphs.base, baseId, defaultModel) : undefined;
  const side = head ?? base;
  if (!side) return {};
  // The base counted with the head's tokenizer, so the delta is the text's.
  const baseCount =
    base && head && base.tokenizer !== head.tokenizer
      ? countTokens(composedTexts(graphs.base!).text(baseId), head.tokenizer)
      : base?.count;
  return {
    tokens: {
      ...(baseCount !== undefined ? { base: baseCount } : {}),
      ...(head ? { head: head.count } : {}),
      ...(baseCount !== undefined && head ? { delta: head.count - baseCount } : {}),
      tokenizer: side.tokenizer,
      ...(side.approximate ? { approximate: true } : {}),
    },
  };
}
