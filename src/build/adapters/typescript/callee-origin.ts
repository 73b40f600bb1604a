import type { ts } from 'ts-morph';
import type { Binding, Scope, TsFile } from './ts-file.js';
import type { CalleeOrigin, SinkTable } from '../sinks/sink-table.js';
import { api } from './load-typescript.js';
import { propertyName, unwrap } from './syntax.js';
import { requiredSpecifier } from './bindings.js';
import { fieldValue, fieldType } from './instances.js';
import { lookup } from './ts-file.js';
import { returnedExpressions } from './text-value.js';
import { joinRepoPath } from '../../../model/repo-path.js';

/** Where a callee comes from: a package (for the sink table), the repository's own code, or nowhere known. */
export type TracedOrigin = CalleeOrigin | { kind: 'repository' };

const isRelative = (specifier: string) => specifier.startsWith('.') || specifier.startsWith('/');

/** A module as the sink table names it: a package as imported, a repository module by its path without extension. */
function moduleOrigin(file: TsFile, specifier: string, path: string[]): CalleeOrigin {
  if (!isRelative(specifier)) return { kind: 'module', module: specifier, path };
  const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
  const module = joinRepoPath(folder, specifier)
    .replace(/\.[cm]?[jt]sx?$/, '')
    .replace(/\/index$/, '');
  return { kind: 'module', module, path, repository: true };
}

/**
 * Traces a called expression (`openai.chat.completions.create`, `new Agent`,
 * `this.client.messages.create`, `genAI.getGenerativeModel(…).generateContent`)
 * to its origin: an import (named, renamed, namespace, default, `require`,
 * `import()`), an instance of an SDK class (built with `new`, returned by a
 * factory the table lists, held by a constant, a local, a field of `this`, or a
 * parameter or field typed by the class), the repository's own code, or unknown.
 */
export function calleeOrigin(
  file: TsFile,
  scope: Scope | undefined,
  table: SinkTable,
  callee: ts.Node,
  depth = 0,
): TracedOrigin {
  const t = api();
  const path: string[] = [];
  let base = unwrap(callee);
  while (t.isPropertyAccessExpression(base) || t.isElementAccessExpression(base)) {
    const key = t.isPropertyAccessExpression(base) ? base.name.text : literalKey(base.argumentExpression);
    if (key === undefined) return { kind: 'unknown', written: ['?', ...path] };
    path.unshift(key);
    base = unwrap(base.expression);
  }
  const unknown = (head: string): TracedOrigin => ({ kind: 'unknown', written: [head, ...path] });
  if (depth > 6) return unknown('?');
  if (t.isIdentifier(base)) return nameOrigin(file, scope, table, base.text, path, depth);
  if (base.kind === t.SyntaxKind.ThisKeyword) {
    const [field, ...rest] = path;
    if (!scope?.className || field === undefined) return unknown('this');
    if (file.declarations.get(`${scope.className}.${field}`)?.function) return { kind: 'repository' };
    const held = fieldValue(file, scope.className, field);
    const instance = held ? valueInstance(file, scope, table, held, depth + 1) : undefined;
    if (instance) return { ...instance, path: rest };
    const typed = fieldType(file, scope.className, field);
    const fromType = typed ? typeOrigin(file, typed, rest) : undefined;
    return fromType ?? unknown('this');
  }
  if (t.isCallExpression(base) || t.isNewExpression(base)) {
    const instance = valueInstance(file, scope, table, base, depth + 1);
    return instance ? { ...instance, path } : unknown('?');
  }
  return unknown('?');
}

const literalKey = (node: ts.Node): string | undefined => {
  const t = api();
  return t.isStringLiteral(node) || t.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined;
};

function nameOrigin(
  file: TsFile,
  scope: Scope | undefined,
  table: SinkTable,
  name: string,
  path: string[],
  depth: number,
): TracedOrigin {
  const binding = lookup(file, scope, name);
  const unknown: TracedOrigin = { kind: 'unknown', written: [name, ...path] };
  if (!binding) return unknown;
  switch (binding.kind) {
    case 'import': {
      const origin = moduleOrigin(file, binding.specifier, [binding.name, ...path]);
      if (origin.kind === 'module' && origin.repository) return origin;
      const instance = table.instanceExport(binding.specifier, binding.name);
      return instance ? { kind: 'instance', ...instance, path } : origin;
    }
    case 'namespace':
      return moduleOrigin(file, binding.specifier, path.length ? path : ['default']);
    case 'function':
    case 'class':
      return { kind: 'repository' };
    case 'param': {
      const typed = scope && parameterType(scope, name);
      return (typed && typeOrigin(file, typed, path)) ?? unknown;
    }
    case 'value': {
      const required = destructuredImport(binding.node);
      if (required) return moduleOrigin(file, required.specifier, [required.name, ...path]);
      const value = unwrap(binding.node);
      if (api().isObjectLiteralExpression(value)) return { kind: 'repository' };
      const instance = valueInstance(file, scope, table, value, depth + 1);
      if (instance) return { ...instance, path };
      // `const generate = ai.generate` or `const OpenAI = require('openai')`: the alias's own origin.
      const required2 = requiredSpecifier(value);
      if (required2) return moduleOrigin(file, required2, path.length ? path : ['default']);
      if (api().isPropertyAccessExpression(value) || api().isIdentifier(value)) {
        const aliased = calleeOrigin(file, scope, table, value, depth + 1);
        return aliased.kind === 'module' || aliased.kind === 'instance'
          ? { ...aliased, path: [...aliased.path, ...path] }
          : aliased.kind === 'repository'
            ? aliased
            : unknown;
      }
      return unknown;
    }
  }
}

/** `const { generateText } = await import('ai')` or `require('ai')` inside a function: the binding element's import. */
function destructuredImport(node: ts.Node): { specifier: string; name: string } | undefined {
  const t = api();
  if (!t.isBindingElement(node) || !t.isObjectBindingPattern(node.parent)) return undefined;
  const declaration = node.parent.parent;
  const specifier = t.isVariableDeclaration(declaration) ? requiredSpecifier(declaration.initializer) : undefined;
  const name = propertyName(node.propertyName) ?? (t.isIdentifier(node.name) ? node.name.text : undefined);
  return specifier && name ? { specifier, name } : undefined;
}

/** The SDK instance a value is: `new OpenAI()`, `genkit({…})`, `genAI.getGenerativeModel(…)`, a name bound to one. */
export function valueInstance(
  file: TsFile,
  scope: Scope | undefined,
  table: SinkTable,
  node: ts.Node,
  depth: number,
): Extract<CalleeOrigin, { kind: 'instance' }> | undefined {
  const t = api();
  const value = unwrap(node);
  if (depth > 6) return undefined;
  if (t.isNewExpression(value) || t.isCallExpression(value)) {
    const origin = calleeOrigin(file, scope, table, value.expression, depth + 1);
    if (origin.kind === 'repository') return factoryInstance(file, table, value.expression, depth + 1);
    const made = table.instanceMadeBy(origin, t.isNewExpression(value));
    return made ? { kind: 'instance', ...made, path: [] } : undefined;
  }
  if (t.isConditionalExpression(value))
    return (
      valueInstance(file, scope, table, value.whenTrue, depth + 1) ??
      valueInstance(file, scope, table, value.whenFalse, depth + 1)
    );
  if (t.isIdentifier(value)) {
    const binding = lookup(file, scope, value.text);
    if (binding?.kind === 'value' && binding.node !== value)
      return valueInstance(file, scope, table, binding.node, depth + 1);
    if (binding?.kind === 'import') {
      const instance = table.instanceExport(binding.specifier, binding.name);
      return instance ? { kind: 'instance', ...instance, path: [] } : undefined;
    }
  }
  return undefined;
}

/** `makeClient()` of a function of this file returning `new Mistral(…)` (or another factory's result): that instance. */
function factoryInstance(
  file: TsFile,
  table: SinkTable,
  callee: ts.Node,
  depth: number,
): Extract<CalleeOrigin, { kind: 'instance' }> | undefined {
  const t = api();
  const name = unwrap(callee);
  const binding = t.isIdentifier(name) ? file.module.get(name.text) : undefined;
  if (binding?.kind !== 'function') return undefined;
  for (const returned of returnedExpressions(binding.node)) {
    const instance = valueInstance(file, undefined, table, returned, depth + 1);
    if (instance) return instance;
  }
  return undefined;
}

/** The type a parameter is annotated with (`client: OpenAI`), from the scope's function. */
function parameterType(scope: Scope, name: string): ts.TypeNode | undefined {
  return scope.types?.get(name);
}

/** A value typed by an imported package class is an instance of it; by the repository's own class, repository code. */
export function typeOrigin(file: TsFile, type: ts.TypeNode, path: string[]): TracedOrigin | undefined {
  const t = api();
  const node = t.isUnionTypeNode(type) ? type.types.find((member) => t.isTypeReferenceNode(member)) : type;
  if (!node || !t.isTypeReferenceNode(node)) return undefined;
  const written = node.typeName.getText().split('.');
  const [head, ...rest] = written as [string, ...string[]];
  const binding: Binding | undefined = file.module.get(head) ?? file.types.get(head);
  if (!binding) return undefined;
  if (binding.kind === 'class') return { kind: 'repository' };
  if (binding.kind === 'import' && !isRelative(binding.specifier) && !rest.length)
    return { kind: 'instance', module: binding.specifier, className: binding.name, path };
  if (binding.kind === 'namespace' && !isRelative(binding.specifier) && rest.length === 1)
    return { kind: 'instance', module: binding.specifier, className: rest[0]!, path };
  return undefined;
}

export type { Binding };
