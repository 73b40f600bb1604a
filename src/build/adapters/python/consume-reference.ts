import type { ArgumentText, Target } from '../../../model/extraction.js';
import type { PythonFile } from './python-file.js';
import { startLine, type Node } from './syntax.js';

/** `symbol` consumes `target`; sending a call of a function returning text (`section("Review", RULES)`) sends what its bound arguments name too. */
export function consumes(
  file: PythonFile,
  symbol: string,
  target: Target,
  node: Node,
  label: string,
  args?: ArgumentText[],
): void {
  file.references.push({
    kind: 'consumes',
    from: symbol,
    target,
    line: startLine(node),
    column: node.startPosition.column + 1,
    label,
    ...(args ? { arguments: args } : {}),
  });
}
