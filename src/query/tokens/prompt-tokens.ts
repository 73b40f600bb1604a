import type { TokenCount } from '../../model/schema/token-count.js';
import { composedTexts } from '../compose/composed-texts.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { chooseTokenizer } from './choose-tokenizer.js';
import { countTokens } from './count-tokens.js';
import { promptModel } from './prompt-model.js';

/** The tokens of a unit's composed text, counted with the tokenizer of the model it is sent to. */
export function promptTokens(graph: PromptGraph, id: string, defaultModel?: string): TokenCount {
  const model = promptModel(graph, id, defaultModel);
  const { tokenizer, approximate } = chooseTokenizer(model);
  return {
    count: countTokens(composedTexts(graph).text(id), tokenizer),
    tokenizer,
    ...(model ? { model } : {}),
    ...(approximate ? { approximate } : {}),
  };
}
