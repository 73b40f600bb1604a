import { isNode, type Document, type LineCounter } from 'yaml';

/**
 * Line and column of the YAML node at a zod issue path, falling back to the
 * nearest existing ancestor (a missing key is reported at its parent map).
 */
export function zodIssueLocation(document: Document, lineCounter: LineCounter, path: ReadonlyArray<PropertyKey>): { line: number; column: number } {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return { line: 1, column: 1 };
}
