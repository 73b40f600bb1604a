import { isMap, isNode, isScalar, type Document, type LineCounter } from 'yaml';

/** The parts of a zod issue that say where it is: its path, and for an unknown key the key itself. */
export interface IssuePlace {
  path: ReadonlyArray<PropertyKey>;
  code?: string;
  keys?: readonly string[];
}

/**
 * Line and column of the YAML node a zod issue is about, falling back to the
 * nearest existing ancestor (a missing key is reported at its parent map). An
 * unknown key (`unrecognized_keys`, whose path is the map holding it) is
 * reported at the key itself, the first of `keys` unless `key` names another.
 */
export function zodIssueLocation(
  document: Document,
  lineCounter: LineCounter,
  issue: IssuePlace,
  key = issue.keys?.[0],
): { line: number; column: number } {
  const { path } = issue;
  if (issue.code === 'unrecognized_keys' && key !== undefined) {
    const map = path.length ? document.getIn(path as unknown[], true) : document.contents;
    const pair = isMap(map)
      ? map.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
      : undefined;
    if (pair && isNode(pair.key) && pair.key.range) return position(lineCounter, pair.key.range[0]);
  }
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return position(lineCounter, node.range[0]);
  }
  return { line: 1, column: 1 };
}

function position(lineCounter: LineCounter, offset: number): { line: number; column: number } {
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}
