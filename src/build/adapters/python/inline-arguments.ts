import type { Target } from '../../../model/extraction.js';
import type { PythonFile } from './python-file.js';
import { endLine, startLine, unwrap, type Node } from './syntax.js';
import { literalText } from './string-literal.js';

/** Prose, not a key, a path or a label: some words. */
const PROSE = /\S+\s+\S+\s+\S+/;

/**
 * A literal written at a call of a function that may be a wrapper
 * (`Agent(name="Helper", system="You are …")`): a candidate unit named after the
 * caller and the keyword (`main.system`), kept once the callee turns out to send
 * that parameter to a model, as TypeScript does.
 */
export function inlineArgument(file: PythonFile, caller: string, name: string, argument: Node): Target | undefined {
  const expression = unwrap(argument);
  if (expression.type !== 'string' && expression.type !== 'concatenated_string') return undefined;
  const text = literalText(expression);
  if (text === undefined || !PROSE.test(text)) return undefined;
  const base = caller === '<module>' ? name : `${caller}.${name}`;
  const taken = new Set([...file.units.map((unit) => unit.symbol), ...file.declarations.keys()]);
  let symbol = base;
  for (let index = 2; taken.has(symbol); index++) symbol = `${base}#${index}`;
  file.units.push({
    symbol,
    role: 'text',
    range: { start: startLine(expression), end: endLine(expression) },
    format: 'python',
    variables: [],
    text,
    candidate: true,
  });
  return { type: 'local', symbol };
}
