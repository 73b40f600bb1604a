import { describe, expect, it } from 'vitest';
import { chooseTokenizer } from '../../src/query/tokens/choose-tokenizer.js';
import { countTokens } from '../../src/query/tokens/count-tokens.js';

describe('token counts', () => {
  it('chooses the tokenizer by model, provider prefixes dropped', () => {
    expect(chooseTokenizer('openai/gpt-4o-mini')).toEqual({ tokenizer: 'o200k_base', approximate: false });
    expect(chooseTokenizer('gpt-4-turbo')).toEqual({ tokenizer: 'cl100k_base', approximate: false });
    expect(chooseTokenizer('anthropic:claude-sonnet-4-5')).toEqual({ tokenizer: 'claude', approximate: true });
    expect(chooseTokenizer('claude-2.1')).toEqual({ tokenizer: 'claude', approximate: false });
    expect(chooseTokenizer('googleai/gemini-2.5-flash')).toEqual({ tokenizer: 'o200k_base', approximate: true });
    expect(chooseTokenizer(undefined)).toEqual({ tokenizer: 'o200k_base', approximate: true });
  });

  it('counts offline with each tokenizer', () => {
    const text = 'You are Aria, the support assistant. Never promise refunds.';
    expect(countTokens(text, 'o200k_base')).toBe(13);
    expect(countTokens(text, 'cl100k_base')).toBe(13);
    expect(countTokens(text, 'claude')).toBe(14);
    expect(countTokens('', 'o200k_base')).toBe(0);
  });

  it('counts the spelling of a special token (<|im_start|>) as plain text, not as an error', () => {
    const text = '<|im_start|>system\nYou are helpful.<|im_end|>';
    for (const tokenizer of ['o200k_base', 'cl100k_base', 'claude'] as const)
      expect(countTokens(text, tokenizer)).toBeGreaterThan(countTokens('system\nYou are helpful.', tokenizer));
  });
});
