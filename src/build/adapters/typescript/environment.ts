import type { ts } from 'ts-morph';
import { api } from './load-typescript.js';
import { dottedName, literalText, propertyName, unwrap } from './syntax.js';

/** Objects environment variables are read from: Node, Vite and Bun. */
const ENV_OBJECTS = new Set(['process.env', 'import.meta.env', 'Bun.env']);

/**
 * `process.env`, `import.meta.env`, `Bun.env`. Its last name is tested first: this runs
 * on every node, and naming the whole chain of each link of `a.b.c…` was quadratic.
 */
function envObject(node: ts.Node): boolean {
  return lastName(node) === 'env' && ENV_OBJECTS.has(dottedName(node) ?? '');
}

/** `c` of `a.b.c` or `a.b['c']`. */
function lastName(node: ts.Node): string | undefined {
  const t = api();
  const expression = unwrap(node);
  if (t.isPropertyAccessExpression(expression)) return expression.name.text;
  return t.isElementAccessExpression(expression) ? literalText(expression.argumentExpression) : undefined;
}

/**
 * The environment variables a node reads: `process.env.X`, `process.env['X']`,
 * `import.meta.env.X`, `Deno.env.get('X')`, and each name of `const { X } = process.env`.
 */
export function environmentVariables(node: ts.Node): string[] {
  const t = api();
  if (t.isPropertyAccessExpression(node) && envObject(node.expression)) return [node.name.text];
  if (t.isElementAccessExpression(node) && envObject(node.expression)) {
    const key = literalText(node.argumentExpression);
    return key === undefined ? [] : [key];
  }
  if (
    t.isCallExpression(node) &&
    lastName(node.expression) === 'get' &&
    dottedName(node.expression) === 'Deno.env.get'
  ) {
    const key = literalText(node.arguments[0]);
    return key === undefined ? [] : [key];
  }
  if (
    t.isVariableDeclaration(node) &&
    t.isObjectBindingPattern(node.name) &&
    node.initializer &&
    envObject(node.initializer)
  ) {
    return node.name.elements.flatMap((element) => {
      const name = propertyName(element.propertyName) ?? (t.isIdentifier(element.name) ? element.name.text : undefined);
      return name ? [name] : [];
    });
  }
  return [];
}

/** `process.env.X`, also behind `!`, `??` or `||` a default: the variable a constant holds. */
export function environmentValue(node: ts.Node): string | undefined {
  const t = api();
  const expression = unwrap(node);
  if (
    t.isBinaryExpression(expression) &&
    [t.SyntaxKind.QuestionQuestionToken, t.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)
  )
    return environmentValue(expression.left);
  return t.isPropertyAccessExpression(expression) || t.isElementAccessExpression(expression)
    ? environmentVariables(expression)[0]
    : undefined;
}
