/**
 * Offset just past `closer`, found from `from` outside quoted strings and
 * balanced brackets, so `{{ {'a': '}}'} }}` closes at its last `}}`; -1 when
 * it is never closed. A quote with no partner on its line is a stray
 * character, not a string that swallows the rest of the file.
 */
export function closingOffset(text: string, from: number, closer: string, quotes = `"'`): number {
  let depth = 0;
  for (let index = from; index < text.length; index++) {
    const char = text[index]!;
    if (quotes.includes(char)) {
      const close = stringEnd(text, index);
      if (close !== -1) index = close;
    } else if (depth === 0 && text.startsWith(closer, index)) return index + closer.length;
    else if (char === '{' || char === '[' || char === '(') depth++;
    else if ((char === '}' || char === ']' || char === ')') && depth > 0) depth--;
  }
  return -1;
}

/** Offset of the quote closing the string opened at `open`; -1 when a line ends first. */
function stringEnd(text: string, open: number): number {
  const quote = text[open];
  for (let index = open + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === quote) return index;
    else if (text[index] === '\n') return -1;
  }
  return -1;
}

/** The offset where the line holding `from` ends. */
export function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline === -1 ? text.length : newline;
}

/** The text with `[start, end)` replaced by `fill` characters, line breaks kept, so every other offset and line stays put. */
export function blank(text: string, start: number, end: number, fill = ' '): string {
  return text.slice(0, start) + text.slice(start, end).replace(/[^\n]/g, fill) + text.slice(end);
}

/**
 * `blank` for many ranges, in order and not overlapping, in one pass: blanking
 * them one at a time copies the whole text per range (quadratic in the ranges).
 */
export function blankRanges(text: string, ranges: Iterable<readonly [number, number]>, fill = ' '): string {
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of ranges) {
    pieces.push(text.slice(from, start), text.slice(start, end).replace(/[^\n]/g, fill));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}
