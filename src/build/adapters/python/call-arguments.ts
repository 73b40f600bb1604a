import { BY_KEYWORD, type Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { callArguments, field, startLine, unwrap, type Node } from './syntax.js';
import { evaluateText } from './text-value.js';
import { namedBy } from './references.js';
import { lookup } from './bindings.js';
import { instanceClass } from './instances.js';

/**
 * A call to a function that may be a wrapper: each argument naming text or a
 * parameter becomes a `calls` entry the resolver matches against the wrappers
 * it finds, across files. A method called on an instance (`llm.complete(…)`,
 * `Bot().send(…)`, `self.llm.complete(…)`) also passes the instance itself, as
 * argument -1: what the method reads from `self` is then the caller's too.
 */
export function callArgumentsOf(file: PythonFile, scope: Scope | undefined, symbol: string, call: Node): void {
  const calleeNode = field(call, 'function')!;
  // The class of what a method is called on, asked once: both the callee and the receiver argument need it.
  const object = calleeNode.type === 'attribute' ? unwrap(field(calleeNode, 'object')!) : undefined;
  const instance = object && !['self', 'cls'].includes(object.text) ? instanceClass(file, scope, object) : undefined;
  const callee = calleeTarget(file, scope, calleeNode, instance);
  if (!callee) return;
  const args = callArguments(call);
  const line = startLine(call);
  const definition = callee.type === 'local' ? file.declarations.get(callee.symbol)?.scope : undefined;
  const positioned: [number, Node][] = args.positional.map((argument, index) => [index, argument]);
  const byKeyword: [string, Node][] = [];
  for (const [keyword, argument] of args.keywords) {
    const index = definition?.params.get(keyword);
    if (index !== undefined) positioned.push([index, argument]);
    // A function of another module: the resolver matches the keyword against its parameter names.
    else if (callee.type === 'export') byKeyword.push([keyword, argument]);
  }
  for (const [argIndex, argument] of positioned) {
    for (const arg of argumentTargets(file, scope, argument))
      file.calls.push({ from: symbol, callee, argIndex, arg, line });
  }
  for (const [argKeyword, argument] of byKeyword) {
    for (const arg of argumentTargets(file, scope, argument))
      file.calls.push({ from: symbol, callee, argIndex: BY_KEYWORD, argKeyword, arg, line });
  }
  const receiver = object && receiverOf(file, scope, object, instance);
  if (receiver) file.calls.push({ from: symbol, callee, argIndex: -1, arg: receiver, line });
}

function argumentTargets(file: PythonFile, scope: Scope | undefined, argument: Node): Target[] {
  const value = evaluateText(file, scope, argument);
  if (value)
    return [
      ...value.includes.map((include) => include.target),
      ...value.params.map((index): Target => ({ type: 'param', index })),
    ];
  const named = namedBy(file, scope, argument);
  return named ? ['target' in named ? named.target : { type: 'param', index: named.param }] : [];
}

/** The function a call names: a same-file function, `self.method`, a method of an instance, an imported function. */
function calleeTarget(
  file: PythonFile,
  scope: Scope | undefined,
  callee: Node,
  instance: Target | undefined,
): Target | undefined {
  if (callee.type === 'identifier') {
    const binding = lookup(file, scope, callee.text);
    if (binding?.kind === 'function') return { type: 'local', symbol: binding.symbol };
    if (binding?.kind === 'import')
      return {
        type: 'export',
        language: 'python',
        fromFile: file.path,
        specifier: binding.specifier,
        name: binding.name,
      };
    return undefined;
  }
  if (callee.type !== 'attribute') return undefined;
  const method = field(callee, 'attribute')!.text;
  const object = unwrap(field(callee, 'object')!);
  if (scope?.className && ['self', 'cls'].includes(object.text))
    return { type: 'local', symbol: `${scope.className}.${method}`, instanceAttribute: method };
  // The resolver finds a method the class inherits, from this file or another module.
  if (instance?.type === 'local') return { type: 'local', symbol: `${instance.symbol}.${method}` };
  if (instance?.type === 'export') return { ...instance, member: [instance.member, method].filter(Boolean).join('.') };
  const named = namedBy(file, scope, callee);
  return named && 'target' in named && named.target.type === 'export' ? named.target : undefined;
}

/**
 * What a method is called on, when it is an instance: a class's instance, or a
 * name imported from another module (`from app.llm import llm`), which the
 * resolver reads as that module's instance. `self.method()` is the caller's own
 * instance: the adapter already reads it as the caller's class.
 */
function receiverOf(
  file: PythonFile,
  scope: Scope | undefined,
  object: Node,
  instance: Target | undefined,
): Target | undefined {
  if (['self', 'cls'].includes(object.text)) return undefined;
  if (instance) return instance;
  const named = object.type === 'identifier' ? namedBy(file, scope, object) : undefined;
  return named && 'target' in named && named.target.type === 'export' ? named.target : undefined;
}
