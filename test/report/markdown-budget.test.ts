import { describe, expect, it } from 'vitest';
import { choicePart, fitParts, listPart } from '../../src/output/report/markdown-budget.js';

const more = (count: number) => `+${count}\n`;

describe('markdown budget', () => {
  it('cuts a list at the first item that does not fit, and says how many follow', () => {
    expect(listPart('H\n', ['aa\n', 'bb\n', 'cc\n'], more).fit(10)).toEqual({ text: 'H\naa\n+2\n', left: 2 });
  });

  it('with skip, passes over an item too long to fit and still shows the shorter ones after it', () => {
    expect(listPart('H\n', ['a very long item\n', 'bb\n', 'cc\n'], more, { skip: true }).fit(12)).toEqual({
      text: 'H\nbb\ncc\n+1\n',
      left: 1,
    });
  });

  it('gives the parts of higher priority their room first', () => {
    const fitted = fitParts(12, [
      ['first', listPart('', ['aaaa\n', 'bbbb\n'], more)],
      ['second', choicePart(['long diagram\n', 'small\n'])],
    ]);
    expect(fitted).toEqual({ first: { text: 'aaaa\nbbbb\n', left: 0 }, second: { text: '', left: 1 } });
  });
});
