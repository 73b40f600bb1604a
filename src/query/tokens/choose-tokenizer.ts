import type { Tokenizer } from '../../model/schema/token-count.js';

/** OpenAI families on `o200k_base`; other OpenAI chat and embedding models are on `cl100k_base`. */
const O200K = /^(gpt-4o|chatgpt-4o|gpt-4\.1|gpt-4\.5|gpt-5|o1|o3|o4|gpt-oss)/;
const CL100K = /^(gpt-4|gpt-3\.5|text-embedding-3|text-embedding-ada-002)/;

/**
 * The tokenizer that counts a model's prompts. A provider prefix is dropped
 * (`openai/gpt-4o`, `googleai/gemini-2.5-flash`, `anthropic:claude-…`). Claude
 * counts with Anthropic's published tokenizer, which is exact only before
 * Claude 3; a model with no published tokenizer (Gemini, Llama, Mistral), or
 * no model at all, counts with `o200k_base` as an approximation.
 */
export function chooseTokenizer(model: string | undefined): { tokenizer: Tokenizer; approximate: boolean } {
  const name = (model ?? '').toLowerCase().replace(/^.*[/:]/, '');
  if (O200K.test(name)) return { tokenizer: 'o200k_base', approximate: false };
  if (CL100K.test(name)) return { tokenizer: 'cl100k_base', approximate: false };
  if (name.startsWith('claude')) return { tokenizer: 'claude', approximate: !/^claude-(instant|[12])/.test(name) };
  return { tokenizer: 'o200k_base', approximate: true };
}
