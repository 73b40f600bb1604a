import { describe, expect, it } from 'vitest';
import type { Include } from '../../../src/build/adapters/shared/include.js';
import {
  concat,
  empty,
  filled,
  included,
  mapText,
  visible,
  written,
} from '../../../src/build/adapters/text-value/text-value.js';

const persona: Include & { placeholder: string } = {
  placeholder: '{PERSONA}',
  target: { type: 'local', symbol: 'PERSONA' },
  line: 3,
  column: 12,
  label: 'PERSONA',
};
const titleSlot = { name: 'title', index: 0, placeholder: '{title}', apply: [] };

describe('the text-value model shared by the code adapters', () => {
  it('concatenates text and keeps every part’s includes, variables, parameters and slots in order', () => {
    const value = concat<number>([
      written('You are a support agent. ', [], true),
      included(persona),
      visible(' Task: {title}', ['title'], [0], [titleSlot]),
    ]);
    expect(value).toEqual({
      text: 'You are a support agent. {PERSONA} Task: {title}',
      includes: [persona],
      variables: ['title'],
      params: [0],
      slots: [titleSlot],
      literal: true,
    });
  });

  it('calls a join of placeholders only literal when its separator writes text', () => {
    const parts = [included<number>(persona), visible<number>('{tone}', ['tone'])];
    expect(concat(parts, '\n\n').literal).toBe(false);
    expect(concat(parts, '\n- ').literal).toBe(true);
    expect(concat([included<number>(persona)], ' and ').literal).toBe(false);
    expect(concat<number>([]).text).toBe('');
  });

  it('is empty with nothing in it', () => {
    expect(empty()).toEqual({ text: '', includes: [], variables: [], params: [], slots: [], literal: false });
  });

  it('changes only the text when it maps it, and maps nothing to nothing', () => {
    const value = included<number>(persona);
    expect(mapText(value, (text) => text.toLowerCase())).toEqual({ ...value, text: '{persona}' });
    expect(mapText<number>(undefined, (text) => text)).toBeUndefined();
    const branched = { ...written<number>('a', [], true), variants: ['a', 'b'] };
    expect(mapText(branched, (text) => text.toUpperCase())).toMatchObject({ text: 'A', variants: ['A', 'B'] });
  });

  it('fills a template: the template’s bookkeeping first, then that of the values used', () => {
    const template = written<number>('Hello %s, %s', [], true);
    const value = filled(template, 'Hello {PERSONA}, {name}', [included(persona), visible('{name}', ['name'], [1])]);
    expect(value).toEqual({
      text: 'Hello {PERSONA}, {name}',
      includes: [persona],
      variables: ['name'],
      params: [1],
      slots: [],
      literal: true,
    });
  });
});
