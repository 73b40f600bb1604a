import type { ts } from 'ts-morph';
import type { Scope, TextValue, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { isFunctionNode, literalText, objectProperty, unwrap, walk } from './syntax.js';
import { operand, reference } from './references.js';
import { concat } from '../text-value/text-value.js';
import { either } from '../text-value/either.js';
import { onlyCallResult } from '../text-value/placeholders.js';
import { written } from './written-text.js';
import { taggedValue, templateValue } from './template-text.js';
import { callValue, reshapesText } from './call-text.js';
import { messagesValue } from './message-text.js';

export const nullish = (node: ts.Node): boolean => {
  const expression = unwrap(node);
  return (
    expression.kind === api().SyntaxKind.NullKeyword ||
    (api().isIdentifier(expression) && expression.text === 'undefined') ||
    api().isVoidExpression(expression)
  );
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
  return api().isCallExpression(unwrap(node)) && !reshapesText(node) && onlyCallResult(value) ? undefined : value;
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
  if (t.isConditionalExpression(expression))
    return [...branches(expression.whenTrue), ...branches(expression.whenFalse)];
  if (
    t.isBinaryExpression(expression) &&
    [t.SyntaxKind.BarBarToken, t.SyntaxKind.QuestionQuestionToken].includes(expression.operatorToken.kind)
  )
    return [...branches(expression.left), ...branches(expression.right)];
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
    if (kind === t.SyntaxKind.BarBarToken || kind === t.SyntaxKind.QuestionQuestionToken)
      return either(
        [evaluate(expression.left), evaluate(expression.right)].filter(
          (value): value is TextValue => value !== undefined,
        ),
      );
    return undefined;
  }
  if (t.isConditionalExpression(expression))
    return either(
      [evaluate(expression.whenTrue), evaluate(expression.whenFalse)].filter(
        (value): value is TextValue => value !== undefined,
      ),
    );
  if (t.isIdentifier(expression)) return identifierValue(file, scope, expression, depth);
  if (t.isPropertyAccessExpression(expression) || t.isElementAccessExpression(expression))
    return localProperty(file, scope, expression, depth) ?? reference(file, scope, expression);
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

/** A local's value (any of those assigned to it) with what `+=` appends to it; a module constant that is no text itself may still build text (`const S = build()`). */
function identifierValue(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Identifier,
  depth: number,
): TextValue | undefined {
  const local = scope?.locals.get(node.text);
  if (local && local.value !== node) {
    const inner: Scope = { ...scope!, locals: new Map([...scope!.locals].filter(([name]) => name !== node.text)) };
    const evaluate = (child: ts.Node) => evaluateText(file, inner, child, depth + 1);
    const value = unwrap(local.value);
    if (api().isArrayLiteralExpression(value))
      return messagesValue(file, inner, [...value.elements, ...local.appended], (child) =>
        operand(file, inner, child, evaluate),
      );
    // `let prompt = A; if (x) prompt = B;`: the value is any one the local is given.
    const first = either(
      [local.value, ...local.assigned].map(evaluate).filter((value): value is TextValue => value !== undefined),
    );
    if (!local.appended.length) return first;
    const parts = [
      first ?? operand(file, inner, local.value, evaluate),
      ...local.appended.map((appended) => operand(file, inner, appended, evaluate)),
    ];
    // `let tokens = count(); tokens += 9`: appending to something not known to be text builds no text, unless text is written.
    return (first || parts.some((value) => value.literal)) &&
      parts.some((value) => value.literal || value.includes.length)
      ? concat(parts)
      : undefined;
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
function localProperty(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.PropertyAccessExpression | ts.ElementAccessExpression,
  depth: number,
): TextValue | undefined {
  const t = api();
  const object = unwrap(node.expression);
  const key = t.isPropertyAccessExpression(node) ? node.name.text : literalText(node.argumentExpression);
  const local = t.isIdentifier(object) ? scope?.locals.get(object.text) : undefined;
  const value =
    local && key !== undefined && t.isObjectLiteralExpression(unwrap(local.value))
      ? objectProperty(unwrap(local.value) as ts.ObjectLiteralExpression, key)
      : undefined;
  return value && value !== node ? evaluateText(file, scope, value, depth + 1) : undefined;
}
