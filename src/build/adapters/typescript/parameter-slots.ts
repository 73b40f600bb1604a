import type { ts } from 'ts-morph';
import type { ParameterSlot, TextOperation } from '../../../model/schema/scan-result.js';
import type { Scope } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName, unwrap } from './syntax.js';

/** String methods whose result a call's argument can be composed through: trims apply, identities keep it (a Map: no Object.prototype lookups). */
export const TRIM_METHODS = new Map<string, TextOperation>([
  ['trim', 'trim'],
  ['trimStart', 'trimStart'],
  ['trimLeft', 'trimStart'],
  ['trimEnd', 'trimEnd'],
  ['trimRight', 'trimEnd'],
]);
const METHODS = new Map<string, TextOperation | undefined>([
  ...TRIM_METHODS,
  ['toString', undefined],
  ['valueOf', undefined],
]);

/**
 * A parameter of the enclosing function written into text: `title`, `body.trim()`,
 * a destructured `({ title })`, or `options.title`, property `title` of an
 * options argument. A call binds its argument there; a value computed from it
 * (`title.toUpperCase()`, `options.a.b`) is no place for it.
 */
export function parameterSlot(scope: Scope | undefined, node: ts.Node): Omit<ParameterSlot, 'placeholder'> | undefined {
  if (!scope?.params.size) return undefined;
  const t = api();
  const apply: TextOperation[] = [];
  let expression = unwrap(node);
  while (
    t.isCallExpression(expression) &&
    !expression.arguments.length &&
    t.isPropertyAccessExpression(expression.expression) &&
    METHODS.has(expression.expression.name.text)
  ) {
    const operation = METHODS.get(expression.expression.name.text);
    if (operation) apply.unshift(operation);
    expression = unwrap(expression.expression.expression);
  }
  const name = dottedName(expression);
  const [head, ...rest] = name?.split('.') ?? [];
  const param = head !== undefined ? scope.params.get(head) : undefined;
  if (!name || !param || rest.length > (param.key === undefined ? 1 : 0)) return undefined;
  const key = param.key ?? rest[0];
  return { name, index: param.index, ...(key !== undefined ? { key } : {}), ...(apply.length ? { apply } : {}) };
}
