import type { PythonFile } from './python-file.js';
import { field, unwrap, type Node } from './syntax.js';

/**
 * `self.system` that `__init__` set from its own parameter (`self.system = system`):
 * that parameter's position, so a method sending the field makes the constructor
 * a wrapper and `Agent(system="…")` sends its argument. Only a plain assignment of
 * the parameter: a field built from it (`system or DEFAULT`) is read as it is.
 */
export function constructorParameter(file: PythonFile, className: string, attribute: string): number | undefined {
  const init = file.declarations.get(`${className}.__init__`);
  if (!init?.function || !init.scope) return undefined;
  for (const assignment of init.node.descendantsOfType('assignment')) {
    const left = assignment && field(assignment, 'left');
    const right = assignment && field(assignment, 'right');
    if (left?.type !== 'attribute' || !right || field(left, 'object')!.text !== 'self') continue;
    if (field(left, 'attribute')!.text !== attribute) continue;
    const value: Node = unwrap(right);
    return value.type === 'identifier' ? init.scope.params.get(value.text) : undefined;
  }
  return undefined;
}
