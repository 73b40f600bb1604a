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

/** A name longer than this keeps only its tail: every pattern matched on a name reads its end (`(^|\.)create$`). */
const NAME_LIMIT = 256;

/** The links of a property-access chain, outermost first, down to the first node that is no link of it. */
type Link = ts.PropertyAccessExpression | ts.ElementAccessExpression | ts.CallExpression;

const dottedNames = new WeakMap<ts.Node, string | null>();

/**
 * `a.b.c`, `this.x`, `a['b']` for a chain of names; undefined for anything else.
 * Iterative and memoised per node: the adapter asks for the name of every link of
 * a chain, so naming each from scratch was quadratic (and recursion overflowed the stack).
 */
export function dottedName(node: ts.Node): string | undefined {
  const t = api();
  let current = unwrap(node);
  // Most nodes asked are no chain: answered without the memo, whose WeakMap traffic on every node cost more than it saved.
  if (t.isIdentifier(current)) return current.text;
  if (current.kind === t.SyntaxKind.ThisKeyword) return 'this';
  if (!t.isPropertyAccessExpression(current) && !t.isElementAccessExpression(current) && !t.isMetaProperty(current))
    return undefined;
  const links: (ts.PropertyAccessExpression | ts.ElementAccessExpression)[] = [];
  let name: string | null | undefined = dottedNames.get(current);
  while (name === undefined) {
    if (t.isIdentifier(current)) name = current.text;
    else if (current.kind === t.SyntaxKind.ThisKeyword) name = 'this';
    else if (t.isMetaProperty(current)) name = `${t.tokenToString(current.keywordToken)}.${current.name.text}`;
    else if (
      t.isPropertyAccessExpression(current) ||
      (t.isElementAccessExpression(current) && literalText(current.argumentExpression) !== undefined)
    ) {
      links.push(current);
      current = unwrap(current.expression);
      name = dottedNames.get(current);
      continue;
    } else name = null;
    dottedNames.set(current, name);
  }
  for (let index = links.length - 1; index >= 0; index--) {
    const link = links[index]!;
    if (name !== null)
      name = `${name}.${t.isPropertyAccessExpression(link) ? link.name.text : literalText(link.argumentExpression)}`;
    dottedNames.set(link, name);
  }
  return name ?? undefined;
}

const calleeNames = new WeakMap<ts.Node, string>();

/** `?` and the last names of `name` that fit NAME_LIMIT: `?.m9().m10()`. */
function tail(name: string): string {
  const cut = name.indexOf('.', name.length - NAME_LIMIT);
  return cut < 0 ? '?' : `?${name.slice(cut)}`;
}

/**
 * The name a call is made through, with anything that is not a name (a call, an
 * `await`ed client) as `?`: `(await getClient()).chat.completions.create` reads
 * `?.chat.completions.create`, so model calls are recognised by their tail.
 * Iterative and memoised per node, and cut to its tail past NAME_LIMIT: every
 * call of a chain `a.b().c().d()…` is named, which cost 2^depth when the inner
 * callee was named twice and depth² when named once per call.
 */
export function calleeName(node: ts.Node): string {
  const t = api();
  const links: Link[] = [];
  let current = unwrap(node);
  let name = calleeNames.get(current);
  while (name === undefined) {
    const named = dottedName(current);
    if (named !== undefined) name = named;
    else if (t.isPropertyAccessExpression(current) || t.isCallExpression(current)) {
      links.push(current);
      current = unwrap(current.expression);
      name = calleeNames.get(current);
      continue;
    } else name = '?';
    calleeNames.set(current, name);
  }
  for (let index = links.length - 1; index >= 0; index--) {
    const link = links[index]!;
    if (name.length > NAME_LIMIT) name = tail(name);
    name = t.isPropertyAccessExpression(link) ? `${name}.${link.name.text}` : name === '?' ? '?' : `${name}()`;
    calleeNames.set(link, name);
  }
  return name;
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
