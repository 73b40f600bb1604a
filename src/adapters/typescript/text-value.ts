import type { ts } from 'ts-morph';
import type { Target } from '../types.js';
import type { Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { isFunctionNode, literalText, objectProperty, unwrap, walk } from './syntax.js';
import { operand, reference } from './references.js';
import { concat, either, onePlaceholderPerTarget, written } from './text-values.js';
import { taggedValue, templateValue } from './template-text.js';
import { callValue } from './call-text.js';
import { messagesValue } from './message-text.js';

/**
 * The text of declaration `symbol`, evaluated once; null when it is not text. A
 * call of a same-file text function (`const HEADING = heading('Acme')`) is text
 * composed through the call.
 */
export function textOf(file: TsFile, symbol: string): TextValue | null {
  if (file.texts.has(symbol)) return file.texts.get(symbol)!;
  const value = declarationText(file, symbol, holdsText, (value) => onlyCallOf(value, (target) => target.type === 'local' && textOf(file, target.symbol) !== null));
  if (value === undefined) return null;
  file.texts.set(symbol, value);
  return value;
}

/**
 * For a declaration that is no text of its own: the text it is when it is only a
 * call of an imported function (`export const TRIAGE = section('Task', X)`, a
 * function that only `return section(…)`), or of a same-file function that is
 * one. Whether that function returns text only the resolver knows, so the unit is
 * `throughCall`. Null otherwise: the result of a call of an unknown function is not text.
 */
export function callResultOf(file: TsFile, symbol: string): TextValue | null {
  if (file.callResults.has(symbol)) return file.callResults.get(symbol)!;
  if (textOf(file, symbol)) return null;
  const value = declarationText(file, symbol, () => undefined, (value) => onlyCallOf(value, (target) => target.type === 'export' || (target.type === 'local' && callResultOf(file, target.symbol) !== null)));
  if (value === undefined) return null;
  file.callResults.set(symbol, value);
  return value;
}

/** The value is one call of a function returning text, with its arguments (`section('Task', TASK)`), of a function `callee` accepts. */
function onlyCallOf(value: TextValue | undefined, callee: (target: Target) => boolean): TextValue | undefined {
  const only = value?.includes.length === 1 ? value.includes[0]! : undefined;
  return only?.arguments && value!.text === only.placeholder && callee(only.target) ? value : undefined;
}

/**
 * A declaration's text: each value it may hold that is `text`, or that is only a
 * call `call` accepts (`section('Task', TASK)`) when no value is computed at run
 * time beside it (a function that returns `section(…)` on one path and its
 * parameter on another is no text function). Undefined while it is being
 * evaluated (self-reference).
 */
function declarationText(file: TsFile, symbol: string, text: (node: ts.Node, value: TextValue | undefined) => TextValue | undefined, call: (value: TextValue | undefined) => TextValue | undefined): TextValue | null | undefined {
  const declaration = file.declarations.get(symbol);
  if (!declaration || file.evaluating.has(symbol)) return undefined;
  file.evaluating.add(symbol);
  const nodes = declaration.function ? returnedExpressions(declaration.node) : [declaration.node];
  const evaluated = nodes.map((node) => {
    const value = evaluateText(file, declaration.scope, node);
    const held = text(node, value);
    return { node, held, called: held ? undefined : call(value) };
  });
  const computed = evaluated.some(({ node, held, called }) => !held && !called && !nullish(node) && literalText(node) === undefined);
  const chosen = either(evaluated.flatMap(({ held, called }) => held ?? (computed ? [] : called ?? [])));
  // `return lines.length ? lines.join('\n') : '- none'`: beside a result computed at run time, a short fallback is no prompt text.
  const fallbackOnly = chosen !== undefined && computed && !chosen.includes.length && chosen.text.trim().split(/\s+/).length < 3;
  file.evaluating.delete(symbol);
  return chosen && !fallbackOnly ? onePlaceholderPerTarget(chosen) : null;
}

const nullish = (node: ts.Node): boolean => {
  const expression = unwrap(node);
  return expression.kind === api().SyntaxKind.NullKeyword || (api().isIdentifier(expression) && expression.text === 'undefined') || api().isVoidExpression(expression);
};

/**
 * Text is a value with written text of its own, or an alias of other text
 * (`PROMPT = PERSONA`, a file's text). The bare result of an unknown call or a
 * template of unknowns only is not.
 */
export function holdsText(node: ts.Node, value: TextValue | undefined): TextValue | undefined {
  if (!value) return undefined;
  if (value.literal) return value;
  if (!value.includes.length) return undefined;
  const onlyCallResult = api().isCallExpression(unwrap(node)) && value.includes.length === 1 && value.text === value.includes[0]!.placeholder && value.includes[0]!.target.type !== 'file';
  return onlyCallResult ? undefined : value;
}

/** What a function returns: each `return` of its own (not of nested functions), branches of `?:`, `||` and `??` apart. */
export function returnedExpressions(node: ts.Node): ts.Node[] {
  const t = api();
  if (!isFunctionNode(node) || !node.body) return [];
  const returned: ts.Node[] = [];
  if (!t.isBlock(node.body)) returned.push(node.body);
  else {
    walk(node.body, (child) => {
      if (isFunctionNode(child) || t.isClassLike(child)) return false;
      if (t.isReturnStatement(child) && child.expression) returned.push(child.expression);
      return undefined;
    });
  }
  return returned.flatMap(branches);
}

function branches(node: ts.Node): ts.Node[] {
  const t = api();
  const expression = unwrap(node);
  if (t.isConditionalExpression(expression)) return [...branches(expression.whenTrue), ...branches(expression.whenFalse)];
  if (t.isBinaryExpression(expression) && [t.SyntaxKind.BarBarToken, t.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)) return [...branches(expression.left), ...branches(expression.right)];
  return [expression];
}

/**
 * The text an expression builds, with other units' text under placeholders (its
 * includes) and unknown values visible as `${name}` variables. Undefined when the
 * expression holds no string and names no text.
 */
export function evaluateText(file: TsFile, scope: Scope | undefined, node: ts.Node, depth = 0): TextValue | undefined {
  if (depth > 24) return undefined;
  const t = api();
  const expression = unwrap(node);
  const evaluate = (child: ts.Node) => evaluateText(file, scope, child, depth + 1);
  const part = (child: ts.Node) => operand(file, scope, child, evaluate);
  if (t.isStringLiteral(expression) || t.isNoSubstitutionTemplateLiteral(expression)) return written(expression.text);
  if (t.isTemplateExpression(expression)) return templateValue(file, expression, part, false);
  if (t.isTaggedTemplateExpression(expression)) return taggedValue(file, expression, part);
  if (t.isBinaryExpression(expression)) {
    const kind = expression.operatorToken.kind;
    if (kind === t.SyntaxKind.PlusToken || kind === t.SyntaxKind.PlusEqualsToken) {
      // `'a' +\n 'b' +\n …`: the operands of a whole chain, read in one loop however long it is.
      const operands = plusOperands(expression);
      const values = operands.map(evaluate);
      return values.some(Boolean) ? concat(values.map((value, index) => value ?? part(operands[index]!))) : undefined;
    }
    if (kind === t.SyntaxKind.AmpersandAmpersandToken) return evaluate(expression.right);
    if (kind === t.SyntaxKind.BarBarToken || kind === t.SyntaxKind.QuestionQuestionToken) return either([evaluate(expression.left), evaluate(expression.right)].filter((value): value is TextValue => value !== undefined));
    return undefined;
  }
  if (t.isConditionalExpression(expression)) return either([evaluate(expression.whenTrue), evaluate(expression.whenFalse)].filter((value): value is TextValue => value !== undefined));
  if (t.isIdentifier(expression)) return identifierValue(file, scope, expression, depth);
  if (t.isPropertyAccessExpression(expression) || t.isElementAccessExpression(expression)) return localProperty(file, scope, expression, depth) ?? reference(file, scope, expression);
  if (t.isCallExpression(expression)) return callValue(file, scope, expression, evaluate, part);
  if (t.isArrayLiteralExpression(expression)) return messagesValue(file, scope, expression.elements, part);
  return undefined;
}

function plusOperands(expression: ts.BinaryExpression): ts.Node[] {
  const t = api();
  const operands: ts.Node[] = [];
  let current: ts.Node = expression;
  while (t.isBinaryExpression(current) && current.operatorToken.kind === t.SyntaxKind.PlusToken) {
    operands.push(current.right);
    current = unwrap(current.left);
  }
  operands.push(current);
  return operands.reverse();
}

/** A local's value with what `+=` appends to it; a module constant that is no text itself may still build text (`const S = build()`). */
function identifierValue(file: TsFile, scope: Scope | undefined, node: ts.Identifier, depth: number): TextValue | undefined {
  const local = scope?.locals.get(node.text);
  if (local && local.value !== node) {
    const inner: Scope = { ...scope!, locals: new Map([...scope!.locals].filter(([name]) => name !== node.text)) };
    const evaluate = (child: ts.Node) => evaluateText(file, inner, child, depth + 1);
    const value = unwrap(local.value);
    if (api().isArrayLiteralExpression(value)) return messagesValue(file, inner, [...value.elements, ...local.appended], (child) => operand(file, inner, child, evaluate));
    const first = evaluate(local.value);
    if (!local.appended.length) return first;
    const parts = [first ?? operand(file, inner, local.value, evaluate), ...local.appended.map((appended) => operand(file, inner, appended, evaluate))];
    // `let tokens = count(); tokens += 9`: appending to something not known to be text builds no text, unless text is written.
    return (first || parts.some((value) => value.literal)) && parts.some((value) => value.literal || value.includes.length) ? concat(parts) : undefined;
  }
  if (scope?.params.has(node.text)) return undefined;
  const binding = file.module.get(node.text);
  if (binding?.kind === 'value' && !file.declarations.has(node.text) && !api().isEnumDeclaration(binding.node)) {
    const value = evaluateText(file, undefined, binding.node, depth + 1);
    if (value?.includes.length) return value;
  }
  return reference(file, scope, node);
}

/** `options.system` where `options` is a local object literal: the property's value. */
function localProperty(file: TsFile, scope: Scope | undefined, node: ts.PropertyAccessExpression | ts.ElementAccessExpression, depth: number): TextValue | undefined {
  const t = api();
  const object = unwrap(node.expression);
  const key = t.isPropertyAccessExpression(node) ? node.name.text : literalText(node.argumentExpression);
  const local = t.isIdentifier(object) ? scope?.locals.get(object.text) : undefined;
  const value = local && key !== undefined && t.isObjectLiteralExpression(unwrap(local.value)) ? objectProperty(unwrap(local.value) as ts.ObjectLiteralExpression, key) : undefined;
  return value && value !== node ? evaluateText(file, scope, value, depth + 1) : undefined;
}

