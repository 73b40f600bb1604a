import type { Parser, Tree } from 'web-tree-sitter';

/**
 * tree-sitter's error recovery is quadratic within a line: a 40,000-character line
 * after an unclosed string took 1.8 s to parse and a 400,000-character one minutes
 * (fuzz seed 1, input #123), while ordinary Python parses at megabytes a second.
 * Lines longer than this are generated data, not prose: they are blanked (same
 * length, so every position stays true) before parsing, which bounds the parse
 * linearly in the file's size. A cut that depends on the input alone, not on a
 * clock, keeps the output the same on every machine.
 */
export const LONG_LINE = 10_000;

export interface BoundedParse {
  tree: Tree | null;
  /** 1-based lines left out of the parse. */
  blanked: number[];
}

export function parseBounded(parser: Parser, text: string): BoundedParse {
  const blanked: number[] = [];
  let shortened = text;
  if (text.length > LONG_LINE) {
    const lines = text.split('\n');
    for (const [index, line] of lines.entries()) {
      if (line.length <= LONG_LINE) continue;
      blanked.push(index + 1);
      lines[index] = ' '.repeat(line.length);
    }
    if (blanked.length) shortened = lines.join('\n');
  }
  return { tree: parser.parse(shortened), blanked };
}
