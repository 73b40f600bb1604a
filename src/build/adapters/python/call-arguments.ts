import { BY_KEYWORD, type Target } from '../../../model/extraction.js';
import type { PythonFile, Scope } from './python-file.js';
import { dottedName, field, startLine, unwrap, type Node } from './syntax.js';
import { callArgumentsWithSplats } from './splat-arguments.js';
import { evaluateText } from './text-value.js';
import { namedBy } from './references.js';
import { lookup } from './bindings.js';
import { instanceClass } from './instances.js';
import { argumentParts } from './argument-parts.js';
import { inlineArgument } from './inline-arguments.js';

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
  const traced = calleeTarget(file, scope, calleeNode, instance);
  const callee = traced ?? unknownReceiverMethod(file, scope, calleeNode);
  if (!callee) return;
  // A method of a receiver nothing here types: whichever class it is, a possible callee.
  const certainty = traced
    ? interfaceFallback(file, instance, calleeNode)
    : { certainty: 'possible' as const, via: `unknown receiver ${calleeNode.text}` };
  const args = callArgumentsWithSplats(file, scope, call);
  const line = startLine(call);
  const definition = callee.type === 'local' ? file.declarations.get(callee.symbol)?.scope : undefined;
  const positioned: [number, Node][] = args.positional.map((argument, index) => [index, argument]);
  const byKeyword: [string, Node][] = [];
  for (const [keyword, argument] of args.keywords) {
    const index = definition?.params.get(keyword) ?? definition?.reassignedParams?.get(keyword);
    if (index !== undefined) positioned.push([index, argument]);
    // A function of another module: the resolver matches the keyword against its parameter names.
    else if (callee.type === 'export') byKeyword.push([keyword, argument]);
  }
  const targets = (argument: Node, name: string) => {
    const found = argumentTargets(file, scope, argument);
    const inline = found.length || callee.type === 'method' ? undefined : inlineArgument(file, symbol, name, argument);
    return inline ? [inline] : found;
  };
  const keywordOf = new Map([...args.keywords].map(([keyword, node]) => [node.id, keyword]));
  for (const [argIndex, argument] of positioned) {
    for (const arg of targets(argument, keywordOf.get(argument.id) ?? calleeName(calleeNode)))
      file.calls.push({ from: symbol, callee, argIndex, arg, line, ...certainty });
  }
  for (const [argKeyword, argument] of byKeyword) {
    for (const arg of targets(argument, argKeyword))
      file.calls.push({ from: symbol, callee, argIndex: BY_KEYWORD, argKeyword, arg, line, ...certainty });
  }
  const receiver = object && receiverOf(file, scope, object, instance);
  if (receiver) file.calls.push({ from: symbol, callee, argIndex: -1, arg: receiver, line });
}

function argumentTargets(file: PythonFile, scope: Scope | undefined, argument: Node): Target[] {
  const direct = textTargets(file, scope, argument);
  if (direct.length) return direct;
  // A message list, a dict, `a or b`, a local built in steps: what its parts name.
  const parts = argumentParts(scope, argument);
  return parts.length === 1 && parts[0]!.id === argument.id
    ? []
    : [
        ...new Map(
          parts.flatMap((part) => textTargets(file, scope, part)).map((target) => [JSON.stringify(target), target]),
        ).values(),
      ];
}

function textTargets(file: PythonFile, scope: Scope | undefined, argument: Node): Target[] {
  const reassigned = argument.type === 'identifier' ? scope?.reassignedParams?.get(argument.text) : undefined;
  if (reassigned !== undefined) return [{ type: 'param', index: reassigned }];
  const value = evaluateText(file, scope, argument);
  if (value)
    return [
      ...value.includes.map((include) => include.target),
      ...value.params.map((index): Target => ({ type: 'param', index })),
    ];
  const named = namedBy(file, scope, argument);
  return named ? ['target' in named ? named.target : { type: 'param', index: named.param }] : [];
}

/**
 * `model.send(messages)` where `model` is a loop variable, an untyped parameter or
 * attribute, a value some other call returned: the method by name. Not a module's
 * function or an imported name (those are traced), nor `self`/`cls`.
 */
function unknownReceiverMethod(file: PythonFile, scope: Scope | undefined, callee: Node): Target | undefined {
  if (callee.type !== 'attribute') return undefined;
  const object = unwrap(field(callee, 'object')!);
  const root = dottedName(object)?.split('.')[0] ?? (object.type === 'call' ? undefined : '');
  if (root === undefined || ['self', 'cls'].includes(object.text)) return undefined;
  const binding = root ? lookup(file, scope, root) : undefined;
  if (binding && ['module', 'import', 'class', 'function'].includes(binding.kind)) return undefined;
  return { type: 'method', name: field(callee, 'attribute')!.text };
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
    // `Agent(system="…")` runs the class's constructor: its parameters are what the arguments fill.
    if (binding?.kind === 'class') return { type: 'local', symbol: `${binding.name}.__init__` };
    if (binding?.kind === 'import' && /^[A-Z]/.test(binding.name))
      return {
        type: 'export',
        language: 'python',
        fromFile: file.path,
        specifier: binding.specifier,
        name: binding.name,
        member: '__init__',
      };
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

const calleeName = (callee: Node): string =>
  callee.type === 'attribute' ? field(callee, 'attribute')!.text : (dottedName(callee) ?? 'call');

/**
 * A method of an interface of this file (a `Protocol` or an `ABC`) called on a
 * parameter typed by it: its implementations are found by the resolver; with none
 * in the repository, the caller is a possible consumer of what it passes.
 */
function interfaceFallback(
  file: PythonFile,
  instance: Target | undefined,
  callee: Node,
): { ifUnresolved?: { via: string } } {
  if (instance?.type !== 'local' || callee.type !== 'attribute') return {};
  const bases = file.classes.get(instance.symbol)?.bases ?? [];
  if (!bases.some((base) => /(^|\.)(Protocol|ABC)$/.test(base))) return {};
  return { ifUnresolved: { via: `interface ${instance.symbol}.${field(callee, 'attribute')!.text}` } };
}
