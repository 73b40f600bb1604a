import type { ParameterSlot, TextOperation } from '../../../model/schema/scan-result.js';
import type { Scope } from './python-file.js';
import { callArguments, field, unwrap, type Node } from './syntax.js';

/** String methods whose result a call's argument can be composed through: strips apply, `__str__` keeps it (a Map: no Object.prototype lookups). */
export const STRIP_METHODS = new Map<string, TextOperation>([
  ['strip', 'trim'],
  ['lstrip', 'trimStart'],
  ['rstrip', 'trimEnd'],
]);
const METHODS = new Map<string, TextOperation | undefined>([...STRIP_METHODS, ['__str__', undefined]]);

/**
 * A parameter of the enclosing function written into text: `{title}`,
 * `{body.strip()}`. A call binds its argument there; any other use
 * (`body.upper()`, `len(body)`) is no place for it. A method's `self` is none.
 */
export function parameterSlot(scope: Scope | undefined, node: Node): Omit<ParameterSlot, 'placeholder'> | undefined {
  if (!scope?.params.size) return undefined;
  const apply: TextOperation[] = [];
  let expression = unwrap(node);
  while (expression.type === 'call') {
    const callee = field(expression, 'function');
    const args = callArguments(expression);
    const method = callee?.type === 'attribute' ? field(callee, 'attribute')?.text : undefined;
    if (!method || !METHODS.has(method) || args.positional.length || args.keywords.size || args.splats.length)
      return undefined;
    const operation = METHODS.get(method);
    if (operation) apply.unshift(operation);
    expression = unwrap(field(callee!, 'object')!);
  }
  const index = expression.type === 'identifier' ? scope.params.get(expression.text) : undefined;
  if (index === undefined || index < 0) return undefined;
  return { name: expression.text, index, ...(apply.length ? { apply } : {}) };
}
