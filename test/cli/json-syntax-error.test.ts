import { describe, expect, it } from 'vitest';
import { jsonSyntaxError } from '../../src/cli/json-syntax-error.js';

describe('jsonSyntaxError', () => {
  it('is undefined for valid JSON', () => {
    expect(jsonSyntaxError('{ "a": [1, -2.5e3, "x\\u00e9", true, null], "b": {} }\n')).toBeUndefined();
  });

  it.each([
    ['a trailing comma', '{"a": [1,]}', 9],
    ['a missing value, where JSON.parse names no position', '{"a":}', 5],
    ['single quotes', "{'a': 1}", 1],
    ['text that ends too soon', '{"a": [1', 8],
    ['something after the value', '{} x', 3],
    ['a comment', '{"a": 1 // no\n}', 8],
  ])('finds the offset of %s', (_what, text, offset) => {
    expect(jsonSyntaxError(text)?.offset).toBe(offset);
  });

  it("keeps JSON.parse's words but not its position or its echo of the text", () => {
    expect(jsonSyntaxError('{"a":}')?.message).toBe("Unexpected token '}'");
    expect(jsonSyntaxError('{"a": [1,]}')?.message).not.toMatch(/position|is not valid JSON/);
  });
});
