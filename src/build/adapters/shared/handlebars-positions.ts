import { lineLocator } from './lines.js';

interface Position {
  line: number;
  column: number;
}

/** Positions of a Handlebars AST read back in the text the way promptgraph counts lines. */
export interface HandlebarsPositions {
  /** The character offset of a Handlebars position. */
  offset(position: Position): number;
  /** The 1-based line of a Handlebars position, counting only `\n` as promptgraph does everywhere. */
  line(position: Position): number;
  /** The 0-based column of a Handlebars position on that line. */
  column(position: Position): number;
}

/**
 * Handlebars' lexer starts a line at `\r\n`, `\r` or `\n`, while promptgraph
 * (like editors reading a file with `\n` endings) counts `\n` only: in a file
 * with a lone CR the two disagree on every line after it. Positions go through
 * offsets, so a partial after a CR is found at the right place and its source
 * sliced from the text itself, never from a line that is not there.
 */
export function handlebarsPositions(body: string): HandlebarsPositions {
  const starts = [0];
  for (const match of body.matchAll(/\r\n?|\n/g)) starts.push(match.index + match[0].length);
  const lineOf = lineLocator(body);
  const offset = ({ line, column }: Position): number =>
    Math.min(body.length, (starts[Math.min(Math.max(line, 1), starts.length) - 1] ?? 0) + Math.max(column, 0));
  return {
    offset,
    line: (position) => lineOf(offset(position)),
    column: (position) => {
      const at = offset(position);
      return at - (body.lastIndexOf('\n', at - 1) + 1);
    },
  };
}
