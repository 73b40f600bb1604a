import { z } from 'zod';

export const TokenizerSchema = z
  .enum(['o200k_base', 'cl100k_base', 'claude'])
  .describe(
    'The tokenizer counted with: OpenAI `o200k_base` (GPT-4o, 4.1, 5, o-series) or `cl100k_base` (GPT-4, GPT-3.5), through gpt-tokenizer; `claude`, through @anthropic-ai/tokenizer.',
  );
export type Tokenizer = z.infer<typeof TokenizerSchema>;

export const TokenCountSchema = z
  .object({
    count: z
      .number()
      .int()
      .min(0)
      .describe('Tokens of the composed text (rendered, unknown variables as `{{name}}` markers).'),
    tokenizer: TokenizerSchema,
    model: z
      .string()
      .optional()
      .describe('The model that chose the tokenizer: front matter, the governing contract, or the config.'),
    approximate: z
      .boolean()
      .optional()
      .describe(
        "True when the count is another model's tokenizer standing in: no model named, a model with no published tokenizer (Gemini, Llama…), or Claude 3 and later, whose tokenizer differs from the one Anthropic published.",
      ),
  })
  .describe('How many tokens the composed prompt takes.');
export type TokenCount = z.infer<typeof TokenCountSchema>;
