import type { ts } from 'ts-morph';
import type { Target } from '../types.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName, startLine, unwrap } from './syntax.js';
import { evaluateText } from './text-value.js';
import { exportTarget, lookup, namedBy } from './references.js';
import { optionValues } from './options.js';

/**
 * A call to a function that may be a consumer wrapper: each argument naming text
 * or a parameter of the caller, and each property of an options-object argument
 * (`ask({ system: SYSTEM })`), becomes a `calls` entry the resolver matches
 * against the wrappers it finds, across files.
 */
export function callArgumentsOf(file: TsFile, scope: Scope | undefined, symbol: string, call: ts.CallExpression): void {
  const t = api();
  const callee = calleeTarget(file, scope, call.expression);
  if (!callee) return;
  const line = startLine(file.source, call);
  call.arguments.forEach((argument, argIndex) => {
    if (t.isObjectLiteralExpression(unwrap(argument))) {
      for (const [argKey, value] of optionValues(file, scope, argument)) for (const arg of targetsOf(file, scope, value)) file.calls.push({ from: symbol, callee, argIndex, argKey, arg, line });
      return;
    }
    for (const arg of targetsOf(file, scope, argument)) file.calls.push({ from: symbol, callee, argIndex, arg, line });
  });
}

function targetsOf(file: TsFile, scope: Scope | undefined, node: ts.Node): Target[] {
  const value = evaluateText(file, scope, node);
  if (value) return [...value.includes.map((include) => include.target), ...value.params.map((param): Target => ({ type: 'param', index: param.index, ...(param.key ? { key: param.key } : {}) }))];
  const named = namedBy(file, scope, node);
  if (!named) return [];
  return ['target' in named ? named.target : { type: 'param', index: named.param.index, ...(named.param.key ? { key: named.param.key } : {}) }];
}

/** The function a call names: a same-file function or method, `this.method`, an imported function, `ns.fn` of a namespace import. */
function calleeTarget(file: TsFile, scope: Scope | undefined, callee: ts.Node): Target | undefined {
  const name = dottedName(callee);
  if (!name) return undefined;
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  if (head === 'this') return scope?.className && rest.length === 1 ? { type: 'local', symbol: `${scope.className}.${rest[0]}` } : undefined;
  const binding = lookup(file, scope, head);
  if (!binding) return undefined;
  if (binding.kind === 'import') return exportTarget(file, binding.specifier, binding.name, rest.join('.') || undefined);
  if (binding.kind === 'namespace') return rest.length ? exportTarget(file, binding.specifier, rest[0]!, rest.slice(1).join('.') || undefined) : undefined;
  if (binding.kind === 'function' && !rest.length && !scope?.locals.has(head)) return { type: 'local', symbol: binding.symbol };
  const declared = file.declarations.get(name);
  return declared?.function && !scope?.locals.has(head) ? { type: 'local', symbol: name } : undefined;
}
