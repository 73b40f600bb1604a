import type { ts } from 'ts-morph';
import type { Target } from '../../../model/extraction.js';
import type { ParamRef, Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { compactSource, dottedName, startColumn, startLine, unwrap } from './syntax.js';
import { lookup } from './ts-file.js';
import { callResultOf, textOf } from './declaration-text.js';
import { parameterSlot } from './parameter-slots.js';
import { included, visible } from '../text-value/text-value.js';
import { either } from '../text-value/either.js';

/** What an expression names: another unit's text, a parameter of the enclosing function, or nothing known. */
export type Named = { target: Target } | { param: ParamRef } | undefined;

export const exportTarget = (file: TsFile, specifier: string, name: string, member?: string): Target => ({
  type: 'export',
  language: 'typescript',
  fromFile: file.path,
  specifier,
  name,
  ...(member ? { member } : {}),
});

/**
 * The local declaration `symbol` when it holds text; when `whole`, also when it
 * is the result of an imported function's call, text if that function's is.
 */
function localText(file: TsFile, symbol: string, whole: boolean): Target | undefined {
  return file.declarations.has(symbol) && (textOf(file, symbol) || (whole && callResultOf(file, symbol)))
    ? { type: 'local', symbol }
    : undefined;
}

/** `this.x` / `Class.x`: the member of this class or the nearest same-file ancestor; past the file, the imported base class's. */
function classMember(file: TsFile, className: string, member: string): Named {
  const seen = new Set<string>();
  for (
    let current: string | undefined = className;
    current && !seen.has(current);
    current = file.classes.get(current)?.base
  ) {
    seen.add(current);
    const target = localText(file, `${current}.${member}`, false);
    if (target) return { target };
    if (!file.classes.has(current)) {
      const binding = file.module.get(current);
      if (binding?.kind === 'import') return { target: exportTarget(file, binding.specifier, binding.name, member) };
      return undefined;
    }
  }
  return undefined;
}

/**
 * Resolves a name, property access or call to the unit it reads: a module constant,
 * `OBJ.a.b`, `this.x` through the class chain, an enum member, an imported name
 * (named, default, `ns.X` of a namespace import), a function returning text.
 * `whole`: the value is used whole (sent, passed, called), not written into text,
 * so a constant that is an imported function's result (`const TRIAGE = section(…)`)
 * is named too; interpolated, such a name stays a variable, as `${today}` should.
 */
export function namedBy(file: TsFile, scope: Scope | undefined, node: ts.Node, whole = false): Named {
  const t = api();
  const expression = unwrap(node);
  if (t.isCallExpression(expression)) return namedBy(file, scope, expression.expression, true);
  // `new PromptProvider().compression(…)`: the method of the class built there.
  if (t.isPropertyAccessExpression(expression) && t.isNewExpression(unwrap(expression.expression))) {
    const built = dottedName((unwrap(expression.expression) as ts.NewExpression).expression);
    const binding = built && !built.includes('.') ? lookup(file, scope, built) : undefined;
    const member = expression.name.text;
    if (binding?.kind === 'class') return classMember(file, binding.name, member);
    if (binding?.kind === 'import') return { target: exportTarget(file, binding.specifier, binding.name, member) };
    return undefined;
  }
  const alias = followAlias(scope, expression);
  if (alias) return namedBy(file, alias.scope, alias.node, whole);
  const dotted = dottedName(expression);
  if (!dotted) return undefined;
  const [head, ...rest] = dotted.split('.') as [string, ...string[]];
  if (head === 'this')
    return scope?.className && rest.length ? classMember(file, scope.className, rest.join('.')) : undefined;
  if (scope?.locals.has(head) && !scope.params.has(head)) {
    const aliased = rest.length ? moduleAliasTargets(file, scope, head, rest)[0] : undefined;
    return aliased ? { target: aliased } : undefined;
  }
  const binding = lookup(file, scope, head);
  if (!binding) return undefined;
  switch (binding.kind) {
    case 'param':
      return {
        param: { index: binding.index, ...(binding.key ? { key: binding.key } : rest[0] ? { key: rest[0] } : {}) },
      };
    case 'namespace':
      return rest.length
        ? { target: exportTarget(file, binding.specifier, rest[0]!, rest.slice(1).join('.') || undefined) }
        : undefined;
    case 'import':
      return { target: exportTarget(file, binding.specifier, binding.name, rest.join('.') || undefined) };
    case 'class':
      return rest.length ? classMember(file, binding.name, rest.join('.')) : undefined;
    default: {
      const target = localText(file, dotted, whole);
      return target ? { target } : undefined;
    }
  }
}

/**
 * `const render = impl.renderShell as (…) => string; render(base)`: a local that only
 * names another function or value (never reassigned) stands for it. The scope it is
 * read in no longer has the alias, so a self-naming local cannot loop.
 */
function followAlias(scope: Scope | undefined, node: ts.Node): { scope: Scope; node: ts.Node } | undefined {
  const t = api();
  const expression = unwrap(node);
  if (!scope || !t.isIdentifier(expression) || scope.params.has(expression.text)) return undefined;
  const local = scope.locals.get(expression.text);
  if (!local || local.assigned.length || local.appended.length) return undefined;
  const value = unwrap(local.value);
  if (!t.isPropertyAccessExpression(value) && !t.isIdentifier(value)) return undefined;
  const locals = new Map(scope.locals);
  locals.delete(expression.text);
  return { scope: { ...scope, locals }, node: value };
}

/**
 * `const impl = modern ? snippets : legacySnippets; impl.render(…)`: a local that
 * stands for one of several imported modules (or names); `member` of each, every
 * branch in source order.
 */
function moduleAliasTargets(file: TsFile, scope: Scope, head: string, member: string[]): Target[] {
  const t = api();
  const value = unwrap(scope.locals.get(head)!.value);
  const branches = t.isConditionalExpression(value) ? [value.whenTrue, value.whenFalse] : [value];
  return branches.flatMap((branch) => {
    const name = unwrap(branch);
    const binding = t.isIdentifier(name) && !scope.locals.has(name.text) ? file.module.get(name.text) : undefined;
    if (binding?.kind === 'namespace')
      return [exportTarget(file, binding.specifier, member[0]!, member.slice(1).join('.') || undefined)];
    if (binding?.kind === 'import') return [exportTarget(file, binding.specifier, binding.name, member.join('.'))];
    return [];
  });
}

/** Another unit's text under a placeholder, when `node` names one (each module a local alias may stand for). */
export function reference(file: TsFile, scope: Scope | undefined, node: ts.Node): TextValue | undefined {
  const named = namedBy(file, scope, node);
  if (!named || !('target' in named)) return undefined;
  const name = dottedName(node) ?? compactSource(unwrap(node).getText(file.source));
  const placeholder = `\${${name}}`;
  const at = { line: startLine(file.source, node), column: startColumn(file.source, node), label: name };
  // Through local aliases to the name they stand for: `render(…)` of `const render = impl.render` is `impl.render(…)`.
  let callee = api().isCallExpression(unwrap(node)) ? (unwrap(node) as ts.CallExpression).expression : node;
  let calleeScope = scope;
  for (let alias = followAlias(calleeScope, callee); alias; alias = followAlias(calleeScope, callee))
    ({ scope: calleeScope, node: callee } = alias);
  const [head, ...rest] = (dottedName(callee) ?? '').split('.') as [string, ...string[]];
  const targets =
    calleeScope?.locals.has(head) && rest.length ? moduleAliasTargets(file, calleeScope, head, rest) : [named.target];
  const values: TextValue[] = targets.map((target) => included({ placeholder, target, ...at }));
  return values.length > 1 ? either(values) : values[0];
}

/** An operand of composition: text, another unit's text under a placeholder, or a visible `${value}` (a variable when it is a name; a parameter slot when it is a parameter). */
export function operand(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node,
  evaluate: (node: ts.Node) => TextValue | undefined,
): TextValue {
  const value = evaluate(node);
  if (value) return value;
  const name = dottedName(node);
  const text = `\${${name ?? compactSource(unwrap(node).getText(file.source))}}`;
  // A parameter written here (`${title}`, `${body.trim()}`) is a place a call's argument fills.
  const slot = parameterSlot(scope, node);
  if (slot)
    return visible(
      text,
      [slot.name],
      [{ index: slot.index, ...(slot.key !== undefined ? { key: slot.key } : {}) }],
      [{ ...slot, placeholder: text }],
    );
  const parameter = namedBy(file, scope, node);
  return visible(
    text,
    name && !name.startsWith('this.') ? [name] : [],
    parameter && 'param' in parameter ? [parameter.param] : [],
  );
}
