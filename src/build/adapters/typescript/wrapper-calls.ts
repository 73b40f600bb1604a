import type { ts } from 'ts-morph';
import type { Target } from '../../../model/extraction.js';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { dottedName, startLine, unwrap } from './syntax.js';
import { evaluateText, holdsText } from './text-value.js';
import { inlineSlot, inlineTextUnit, writtenHere } from './inline-text.js';
import { classOfValue, fieldClass, methodOf, typeNameOf } from './instances.js';
import { exportTarget, namedBy } from './references.js';
import { lookup } from './ts-file.js';
import { optionValues } from './options.js';

/**
 * A call to a function that may be a consumer wrapper: each argument naming text
 * or a parameter of the caller, and each property of an options-object argument
 * (`ask({ system: SYSTEM })`), becomes a `calls` entry the resolver matches
 * against the wrappers it finds, across files. Prompt text written at the call
 * (`ask('You are …', q)`, `complete({ system: '…' })`) is a candidate unit named
 * like text written at a model call, `<owner>.<key>` or `<owner>.<function>`:
 * it is a prompt once the function turns out to send that parameter to a model.
 */
export function callArgumentsOf(
  file: TsFile,
  scope: Scope | undefined,
  symbol: string,
  owner: string,
  call: ts.CallExpression | ts.NewExpression,
): void {
  const t = api();
  const callee = t.isNewExpression(call)
    ? constructorTarget(file, scope, call.expression)
    : calleeTarget(file, scope, call.expression);
  if (!callee) return;
  const line = startLine(file.source, call);
  const calleeName = dottedName(call.expression)!;
  const push = (argIndex: number, argKey: string | undefined, node: ts.Node) => {
    const slot = argKey ?? calleeName.slice(calleeName.lastIndexOf('.') + 1);
    for (const arg of targetsOf(file, scope, `${owner}.${slot}`, argKey ?? 'prompt', node))
      file.calls.push({ from: symbol, callee, argIndex, ...(argKey !== undefined ? { argKey } : {}), arg, line });
  };
  (call.arguments ?? []).forEach((argument, argIndex) => {
    const object = unwrap(argument);
    if (t.isObjectLiteralExpression(object)) {
      for (const [argKey, value] of optionValues(file, scope, argument)) push(argIndex, argKey, value);
      // `ask({ ...options, signal })`: the caller's own options parameter passes on whole, every property it carries.
      for (const property of object.properties)
        if (t.isSpreadAssignment(property) && wholeParameter(scope, property.expression))
          push(argIndex, undefined, property.expression);
      return;
    }
    push(argIndex, undefined, argument);
  });
}

/** A parameter of the caller passed as a whole (`options`, not a property destructured from it). */
function wholeParameter(scope: Scope | undefined, node: ts.Node): boolean {
  const expression = unwrap(node);
  const param = api().isIdentifier(expression) ? scope?.params.get(expression.text) : undefined;
  return param !== undefined && param.key === undefined;
}

/** What an argument passes: its text written there (a unit), the text it names, the caller's parameters in it. A positional argument is read as a `prompt:` would be. */
function targetsOf(file: TsFile, scope: Scope | undefined, base: string, slot: string, node: ts.Node): Target[] {
  const value = evaluateText(file, scope, node);
  const params = (value?.params ?? []).map(
    (param): Target => ({ type: 'param', index: param.index, ...(param.key ? { key: param.key } : {}) }),
  );
  if (value && inlineSlot(slot, value) && writtenHere(scope, node) && holdsText(node, value))
    return [{ type: 'local', symbol: inlineTextUnit(file, scope, base, node, value, { candidate: true }) }, ...params];
  if (value) return [...value.includes.map((include) => include.target), ...params];
  const named = namedBy(file, scope, node, true);
  if (!named) return [];
  return [
    'target' in named
      ? named.target
      : { type: 'param', index: named.param.index, ...(named.param.key ? { key: named.param.key } : {}) },
  ];
}

/** The function a call names: a same-file function or method, `this.method`, an imported function, `ns.fn` of a namespace import, a method through an instance. */
function calleeTarget(file: TsFile, scope: Scope | undefined, callee: ts.Node): Target | undefined {
  const name = dottedName(callee);
  if (!name) return undefined;
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  if (head === 'this') {
    if (!scope?.className) return undefined;
    if (rest.length === 1) return { type: 'local', symbol: `${scope.className}.${rest[0]}` };
    // `this.client.chat(…)`: the method of the class the field holds an instance of.
    const held = rest.length === 2 ? fieldClass(file, scope.className, rest[0]!) : undefined;
    return held ? methodOf(file, held, rest[1]!) : undefined;
  }
  const binding = lookup(file, scope, head);
  if (!binding) return undefined;
  // `client.generateJson(…)` on a parameter typed by a class (`client: BaseLlmClient`): that class's method.
  const typed = binding.kind === 'param' && rest.length === 1 ? typeNameOf(scope?.types?.get(head)) : undefined;
  if (typed) return methodOf(file, typed, rest[0]!);
  // `client.chat(…)` on `const client = new LlmClient()`, a local or a module constant.
  const instance = binding.kind === 'value' && rest.length === 1 ? classOfValue(binding.node) : undefined;
  if (instance) return methodOf(file, instance, rest[0]!);
  if (binding.kind === 'import')
    return exportTarget(file, binding.specifier, binding.name, rest.join('.') || undefined);
  if (binding.kind === 'namespace')
    return rest.length
      ? exportTarget(file, binding.specifier, rest[0]!, rest.slice(1).join('.') || undefined)
      : undefined;
  if (binding.kind === 'function' && !rest.length && !scope?.locals.has(head))
    return { type: 'local', symbol: binding.symbol };
  const declared = file.declarations.get(name);
  return declared?.function && !scope?.locals.has(head) ? { type: 'local', symbol: name } : undefined;
}

/** The constructor `new Chat(…)` runs: of a class of this file, an imported one, or `ns.Chat`'s. */
function constructorTarget(file: TsFile, scope: Scope | undefined, callee: ts.Node): Target | undefined {
  const name = dottedName(callee);
  if (!name) return undefined;
  const [head, ...rest] = name.split('.') as [string, ...string[]];
  const binding = lookup(file, scope, head);
  if (binding?.kind === 'class' && !rest.length) return { type: 'local', symbol: `${head}.constructor` };
  if (binding?.kind === 'import' && !rest.length)
    return exportTarget(file, binding.specifier, binding.name, 'constructor');
  if (binding?.kind === 'namespace' && rest.length === 1)
    return exportTarget(file, binding.specifier, rest[0]!, 'constructor');
  return undefined;
}
