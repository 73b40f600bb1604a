import type { ts } from 'ts-morph';
import { api } from './load-typescript.js';

/** 1-based line where a node's own text starts (leading comments excluded) and ends. */
export const startLine = (source: ts.SourceFile, node: ts.Node): number =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
export const endLine = (source: ts.SourceFile, node: ts.Node): number =>
  source.getLineAndCharacterOfPosition(node.getEnd()).line + 1;
export const startColumn = (source: ts.SourceFile, node: ts.Node): number =>
  source.getLineAndCharacterOfPosition(node.getStart(source)).character + 1;

let wrappers: ReadonlySet<ts.SyntaxKind> | undefined;
let functions: ReadonlySet<ts.SyntaxKind> | undefined;
/** Kind sets, built once: unwrap and isFunctionNode run on nearly every node the adapter looks at. */
const wrapperKinds = (): ReadonlySet<ts.SyntaxKind> => {
  const { SyntaxKind } = api();
  wrappers ??= new Set([
    SyntaxKind.ParenthesizedExpression,
    SyntaxKind.AsExpression,
    SyntaxKind.SatisfiesExpression,
    SyntaxKind.NonNullExpression,
    SyntaxKind.TypeAssertionExpression,
    SyntaxKind.AwaitExpression,
  ]);
  return wrappers;
};

/** The expression under parentheses, `as`, `satisfies`, `!`, `<T>` and `await`: what the value is, not how it is typed or waited for. */
export function unwrap(node: ts.Node): ts.Node {
  const kinds = wrapperKinds();
  let current = node;
  while (kinds.has(current.kind)) current = (current as ts.ParenthesizedExpression).expression;
  return current;
}

/** `a.b.c`, `this.x`, `a['b']` for a chain of names; undefined for anything else. */
export function dottedName(node: ts.Node): string | undefined {
  const t = api();
  const expression = unwrap(node);
  if (t.isIdentifier(expression)) return expression.text;
  if (expression.kind === t.SyntaxKind.ThisKeyword) return 'this';
  if (t.isPropertyAccessExpression(expression)) {
    const left = dottedName(expression.expression);
    return left && `${left}.${expression.name.text}`;
  }
  if (t.isElementAccessExpression(expression)) {
    const key = literalText(expression.argumentExpression);
    const left = key !== undefined ? dottedName(expression.expression) : undefined;
    return left && `${left}.${key}`;
  }
  if (t.isMetaProperty(expression)) return `${t.tokenToString(expression.keywordToken)}.${expression.name.text}`;
  return undefined;
}

/**
 * The name a call is made through, with anything that is not a name (a call, an
 * `await`ed client) as `?`: `(await getClient()).chat.completions.create` reads
 * `?.chat.completions.create`, so model calls are recognised by their tail.
 */
export function calleeName(node: ts.Node): string {
  const t = api();
  const expression = unwrap(node);
  const named = dottedName(expression);
  if (named) return named;
  if (t.isPropertyAccessExpression(expression)) return `${calleeName(expression.expression)}.${expression.name.text}`;
  if (t.isCallExpression(expression)) {
    // Named once: asking twice per call made a chain of n calls cost 2^n (commander and zod chains hung the scan).
    const inner = calleeName(expression.expression);
    return inner === '?' ? '?' : `${inner}()`;
  }
  return '?';
}

/** The text of a string literal or a template without interpolations. */
export function literalText(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  const t = api();
  const expression = unwrap(node);
  return t.isStringLiteral(expression) || t.isNoSubstitutionTemplateLiteral(expression) ? expression.text : undefined;
}

/** A property, method or class member name as a string; undefined for a computed name that is not a literal. */
export function propertyName(name: ts.PropertyName | ts.BindingName | undefined): string | undefined {
  if (!name) return undefined;
  const t = api();
  if (
    t.isIdentifier(name) ||
    t.isStringLiteral(name) ||
    t.isNumericLiteral(name) ||
    t.isPrivateIdentifier(name) ||
    t.isNoSubstitutionTemplateLiteral(name)
  )
    return name.text;
  if (t.isComputedPropertyName(name)) return literalText(name.expression);
  return undefined;
}

/** The value of `key` in an object literal: `{ key: v }`, `{ key }` (the name), `{ key() {…} }` (the method). */
export function objectProperty(object: ts.ObjectLiteralExpression, key: string): ts.Node | undefined {
  const t = api();
  for (const property of object.properties) {
    if (propertyName(property.name) !== key) continue;
    if (t.isPropertyAssignment(property)) return property.initializer;
    if (t.isShorthandPropertyAssignment(property)) return property.name;
    if (t.isMethodDeclaration(property)) return property;
  }
  return undefined;
}

export type FunctionNode =
  | ts.FunctionDeclaration
  | ts.FunctionExpression
  | ts.ArrowFunction
  | ts.MethodDeclaration
  | ts.GetAccessorDeclaration
  | ts.ConstructorDeclaration;

export function isFunctionNode(node: ts.Node): node is FunctionNode {
  const { SyntaxKind } = api();
  functions ??= new Set([
    SyntaxKind.FunctionDeclaration,
    SyntaxKind.FunctionExpression,
    SyntaxKind.ArrowFunction,
    SyntaxKind.MethodDeclaration,
    SyntaxKind.GetAccessor,
    SyntaxKind.Constructor,
  ]);
  return functions.has(node.kind);
}

/**
 * Calls every descendant of `node` (depth first, source order) until `visit`
 * returns false for a subtree. Iterative: generated code nests thousands deep
 * (a 4,000-term `+` chain) and must not exhaust the call stack.
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a visitor returns false to skip a subtree, or nothing to go on.
export function walk(node: ts.Node, visit: (node: ts.Node) => boolean | void): void {
  const t = api();
  const stack: ts.Node[] = [];
  const pushChildren = (parent: ts.Node) => {
    const children: ts.Node[] = [];
    t.forEachChild(parent, (child) => {
      children.push(child);
    });
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
  };
  pushChildren(node);
  while (stack.length) {
    const current = stack.pop()!;
    if (visit(current) !== false) pushChildren(current);
  }
}

/** Source text on one line, so a placeholder survives re-indentation (`dedent`) of the text around it. */
export const compactSource = (text: string): string => text.replace(/\s*\n\s*/g, ' ');
