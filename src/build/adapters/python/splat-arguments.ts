import type { PythonFile, Scope } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, unwrap, type CallArguments, type Node } from './syntax.js';
import { literalText } from './string-literal.js';
import { returnStatements } from './text-value.js';

/**
 * A call's arguments with its `**kwargs` spread into keywords: a dict literal, a
 * `dict(k=v)` call, or a local built as one and completed by `kwargs["k"] = v`
 * (`kwargs = dict(model=…)` then `kwargs["messages"] = messages`, then
 * `litellm.completion(**kwargs)`). A keyword written at the call wins.
 */
export function callArgumentsWithSplats(file: PythonFile, scope: Scope | undefined, call: Node): CallArguments {
  const args = callArguments(call);
  if (!args.splats.length) return args;
  const keywords = new Map(args.keywords);
  for (const splat of args.splats)
    for (const [key, value] of dictEntries(file, scope, splat)) if (!keywords.has(key)) keywords.set(key, value);
  return { ...args, keywords };
}

function dictEntries(file: PythonFile, scope: Scope | undefined, node: Node): [string, Node][] {
  const value = unwrap(node);
  if (value.type === 'dictionary')
    return namedChildren(value).flatMap((pair): [string, Node][] => {
      const key = pair.type === 'pair' ? literalText(field(pair, 'key')) : undefined;
      return key !== undefined ? [[key, field(pair, 'value')!]] : [];
    });
  if (value.type === 'call' && dottedName(field(value, 'function')!) === 'dict')
    return [...callArguments(value).keywords];
  if (value.type === 'call') return returnedEntries(file, scope, value);
  if (value.type !== 'identifier' || !scope?.locals.has(value.text)) return [];
  const local = unwrap(scope.locals.get(value.text)!);
  const entries = local.id === value.id ? [] : dictEntries(file, local.type === 'call' ? scope : undefined, local);
  return [...entries, ...subscriptAssignments(file, scope, value.text)];
}

/** `name["key"] = value` in the scope's function, in source order. */
function subscriptAssignments(file: PythonFile, scope: Scope, name: string): [string, Node][] {
  const body = file.declarations.get(scope.symbol)?.node;
  const found: [string, Node][] = [];
  for (const assignment of body?.descendantsOfType('assignment') ?? []) {
    const left = assignment && field(assignment, 'left');
    if (left?.type !== 'subscript' || field(left, 'value')?.text !== name) continue;
    const key = literalText(field(left, 'subscript'));
    const right = field(assignment!, 'right');
    if (key !== undefined && right) found.push([key, right]);
  }
  return found;
}

/**
 * `params = self._message_params()` then `create(**params)`: the dict literals the
 * method (of this class) or function (of this file) returns. Their values are read
 * where the splat is, which sees the same `self`.
 */
function returnedEntries(file: PythonFile, scope: Scope | undefined, call: Node): [string, Node][] {
  const callee = dottedName(field(call, 'function')!) ?? '';
  const symbol = callee.startsWith('self.') && scope?.className ? `${scope.className}.${callee.slice(5)}` : callee;
  const declaration = file.declarations.get(symbol);
  if (!declaration?.function) return [];
  return returnStatements(declaration.node).flatMap((statement) => {
    const returned = namedChildren(statement)[0];
    return returned && unwrap(returned).type === 'dictionary' ? dictEntries(file, undefined, returned) : [];
  });
}
