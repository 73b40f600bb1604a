import { describe, expect, it } from 'vitest';
import { replacePlaceholders } from '../../src/build/adapters/shared/replace-placeholders.js';

describe('replacePlaceholders', () => {
  it('replaces every occurrence of each placeholder, and leaves other text alone', () => {
    expect(replacePlaceholders('${A} and ${B}, then ${A} again: ${C}', ['${A}', '${B}', undefined], 'X')).toBe(
      'X and X, then X again: ${C}',
    );
  });

  it('prefers the longest placeholder starting at an offset', () => {
    expect(replacePlaceholders('{x}{x!r}', ['{x}', '{x!r}'], '_')).toBe('__');
  });

  it('handles placeholders starting with characters special in a character class', () => {
    expect(replacePlaceholders('a]b ^c -d \\e', [']b', '^c', '-d', '\\e'], '#')).toBe('a# # # #');
  });

  it('returns the text unchanged without placeholders, and splits on a single one', () => {
    expect(replacePlaceholders('plain', [], 'X')).toBe('plain');
    expect(replacePlaceholders('${A}${A}', ['${A}', '${A}'], '')).toBe('');
  });
});
