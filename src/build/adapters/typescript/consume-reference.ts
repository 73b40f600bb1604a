import type { ts } from 'ts-morph';
import type { ArgumentText, Target } from '../../../model/extraction.js';
import type { TsFile } from './ts-file.js';
import { startColumn, startLine } from './syntax.js';

/** `symbol` consumes `target`; sending a call of a function returning text (`section('Task', TASK)`) sends what its bound arguments name too. */
export function consumes(
  file: TsFile,
  symbol: string,
  target: Target,
  node: ts.Node,
  label: string,
  args?: ArgumentText[],
): void {
  file.references.push({
    kind: 'consumes',
    from: symbol,
    target,
    line: startLine(file.source, node),
    column: startColumn(file.source, node),
    label,
    ...(args ? { arguments: args } : {}),
  });
}
