import type { ts } from 'ts-morph';
import type { Scope, TsFile } from './ts-file.js';
import { api } from './load-typescript.js';
import { propertyName, unwrap } from './syntax.js';

/**
 * The object literal an expression is: written there, or bound to a local or a
 * module constant (`const options = { system, prompt }; generateText(options)`).
 */
function objectLiteral(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node | undefined,
  depth = 0,
): ts.ObjectLiteralExpression | undefined {
  const t = api();
  if (!node || depth > 6) return undefined;
  const expression = unwrap(node);
  if (t.isObjectLiteralExpression(expression)) return expression;
  // `...(system && { system })`, `...(cached ? { system } : {})`: the object a spread adds when it adds one.
  if (t.isBinaryExpression(expression)) {
    const operator = expression.operatorToken.kind;
    if (operator === t.SyntaxKind.AmpersandAmpersandToken)
      return objectLiteral(file, scope, expression.right, depth + 1);
    if (operator === t.SyntaxKind.BarBarToken || operator === t.SyntaxKind.QuestionQuestionToken)
      return (
        objectLiteral(file, scope, expression.left, depth + 1) ??
        objectLiteral(file, scope, expression.right, depth + 1)
      );
    return undefined;
  }
  if (t.isConditionalExpression(expression))
    return (
      objectLiteral(file, scope, expression.whenTrue, depth + 1) ??
      objectLiteral(file, scope, expression.whenFalse, depth + 1)
    );
  if (!t.isIdentifier(expression)) return undefined;
  const local = scope?.locals.get(expression.text);
  if (local) return local.value === expression ? undefined : objectLiteral(file, scope, local.value, depth + 1);
  const binding = file.module.get(expression.text);
  return binding?.kind === 'value' ? objectLiteral(file, undefined, binding.node, depth + 1) : undefined;
}

/**
 * The properties of an options object by key, spreads (`{ ...base, system }`)
 * included and later keys winning, as JavaScript builds the object. A shorthand
 * `{ system }` gives the name; a method gives the method.
 */
export function optionValues(
  file: TsFile,
  scope: Scope | undefined,
  node: ts.Node | undefined,
  depth = 0,
): Map<string, ts.Node> {
  const t = api();
  const values = new Map<string, ts.Node>();
  const object = objectLiteral(file, scope, node);
  if (!object || depth > 4) return values;
  for (const property of object.properties) {
    if (t.isSpreadAssignment(property)) {
      for (const [key, value] of optionValues(file, scope, property.expression, depth + 1)) values.set(key, value);
      continue;
    }
    const key = propertyName(property.name);
    if (key === undefined) continue;
    if (t.isPropertyAssignment(property)) values.set(key, property.initializer);
    else if (t.isShorthandPropertyAssignment(property)) values.set(key, property.name);
    else if (t.isMethodDeclaration(property)) values.set(key, property);
  }
  return values;
}
