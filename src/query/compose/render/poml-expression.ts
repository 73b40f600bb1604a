import type * as Acorn from 'acorn';
import { lazyRequire } from '../../../model/lazy-require.js';
import { unknownValue } from './unknown-value.js';

const acorn = lazyRequire<typeof Acorn>('acorn');

export type Scope = ReadonlyMap<string, unknown>;

/**
 * Evaluates a POML `{{ … }}` expression without running the repository's code:
 * names, member access, literals, arrays and objects, `+ - * /`, comparisons,
 * `! && || ??` and `?:`. A name nobody defined is an unknown marker. Anything
 * else (a call, an assignment) throws, so the document keeps its concatenated text.
 */
export function evaluateExpression(source: string, scope: Scope): unknown {
  const node = acorn().parseExpressionAt(source, 0, { ecmaVersion: 'latest' });
  if (source.slice(node.end).trim()) throw new Error(`unexpected text after the expression in {{${source}}}`);
  return evaluate(node, scope);
}

function evaluate(
  node: Acorn.Expression | Acorn.SpreadElement | Acorn.PrivateIdentifier | Acorn.Super,
  scope: Scope,
): unknown {
  switch (node.type) {
    case 'Identifier':
      return scope.has(node.name)
        ? scope.get(node.name)
        : node.name === 'undefined'
          ? undefined
          : unknownValue(node.name);
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      return node.quasis
        .map(
          (quasi, index) =>
            `${quasi.value.cooked ?? ''}${index < node.expressions.length ? String(evaluate(node.expressions[index]!, scope)) : ''}`,
        )
        .join('');
    case 'MemberExpression': {
      const object = evaluate(node.object, scope) as Record<PropertyKey, unknown> | undefined;
      const key = node.computed ? evaluate(node.property, scope) : (node.property as Acorn.Identifier).name;
      return object === undefined || object === null ? undefined : object[key as PropertyKey];
    }
    case 'ArrayExpression':
      return node.elements.map((element) => (element ? evaluate(element, scope) : undefined));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property') throw new Error('object spread is not evaluated');
          const key = property.computed ? evaluate(property.key, scope) : keyName(property.key);
          return [key, evaluate(property.value as Acorn.Expression, scope)];
        }),
      );
    case 'UnaryExpression': {
      const value = evaluate(node.argument, scope);
      if (node.operator === '!') return !value;
      if (node.operator === '-') return -(value as number);
      if (node.operator === '+') return +(value as number);
      break;
    }
    case 'BinaryExpression':
      return binary(node.operator, evaluate(node.left, scope), evaluate(node.right, scope));
    case 'LogicalExpression': {
      const left = evaluate(node.left, scope);
      if (node.operator === '&&') return left && evaluate(node.right, scope);
      if (node.operator === '||') return left || evaluate(node.right, scope);
      return left ?? evaluate(node.right, scope);
    }
    case 'ConditionalExpression':
      return evaluate(node.test, scope) ? evaluate(node.consequent, scope) : evaluate(node.alternate, scope);
    case 'ParenthesizedExpression':
      return evaluate(node.expression, scope);
  }
  throw new Error(`${node.type} is not evaluated (only names, literals and operators are)`);
}

const keyName = (key: Acorn.Expression | Acorn.PrivateIdentifier): string =>
  key.type === 'Identifier' ? key.name : String((key as Acorn.Literal).value);

function binary(operator: string, left: unknown, right: unknown): unknown {
  const [a, b] = [left as number, right as number];
  switch (operator) {
    case '+':
      return typeof left === 'number' && typeof right === 'number' ? a + b : `${String(left)}${String(right)}`;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '==':
    case '===':
      return left === right;
    case '!=':
    case '!==':
      return left !== right;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
  }
  throw new Error(`operator ${operator} is not evaluated`);
}

/** Text with its `{{ … }}` expressions evaluated; a lone expression keeps its value's type (`for`, `value`). */
export function interpolate(text: string, scope: Scope): unknown {
  const lone = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(text);
  if (lone && !lone[1]!.includes('}}')) return evaluateExpression(lone[1]!, scope);
  return text.replace(/\{\{([\s\S]*?)\}\}/g, (_match, expression: string) =>
    String(evaluateExpression(expression, scope)),
  );
}
