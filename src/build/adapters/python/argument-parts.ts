import type { Scope } from './python-file.js';
import { callArguments, dottedName, field, namedChildren, unwrap, type Node } from './syntax.js';
import { literalText } from './string-literal.js';

/** Keys of a message dict that carry text (`content`, `text`, `system`…), not its `role` or `cache_control`. */
export const MESSAGE_TEXT_KEYS = new Set([
  'content',
  'text',
  'parts',
  'system',
  'instructions',
  'input',
  'prompt',
  'template',
  'messages',
]);

/**
 * The parts of an argument that may carry text on to a wrapper, when the
 * argument is no text itself: the items of a message list, the text keys of a
 * dict or `dict(role=…, content=…)`, both sides of `a or b`, `a + b` and
 * `a if c else b`, what a local was assigned and what `+=` added to it. Bounded
 * (a visited set over locals, a depth limit), so a local built from itself ends.
 */
export function argumentParts(scope: Scope | undefined, node: Node): Node[] {
  const parts: Node[] = [];
  const visited = new Set<string>();
  const walk = (current: Node, depth: number) => {
    if (depth > 8) return;
    const expression = unwrap(current);
    const next = (child: Node | undefined) => child && walk(child, depth + 1);
    switch (expression.type) {
      case 'list':
      case 'tuple':
        return namedChildren(expression).forEach(next);
      case 'dictionary':
        for (const pair of namedChildren(expression))
          if (pair.type === 'pair' && MESSAGE_TEXT_KEYS.has(literalText(field(pair, 'key')) ?? ''))
            next(field(pair, 'value'));
        return;
      case 'boolean_operator':
        return [field(expression, 'left'), field(expression, 'right')].forEach(next);
      case 'conditional_expression':
        return namedChildren(expression)
          .filter((_, index) => index !== 1)
          .forEach(next);
      case 'binary_operator':
        if (field(expression, 'operator')?.text !== '+') return void parts.push(expression);
        return [field(expression, 'left'), field(expression, 'right')].forEach(next);
      case 'call':
        if (dottedName(field(expression, 'function')!) === 'dict') {
          for (const [key, value] of callArguments(expression).keywords) if (MESSAGE_TEXT_KEYS.has(key)) next(value);
          return;
        }
        return void parts.push(expression);
      case 'identifier':
        if (scope?.locals.has(expression.text) && !visited.has(expression.text)) {
          visited.add(expression.text);
          next(scope.locals.get(expression.text));
          for (const added of scope.augmented?.get(expression.text) ?? []) next(added);
          return;
        }
        return void parts.push(expression);
      default:
        return void parts.push(expression);
    }
  };
  walk(node, 0);
  return parts;
}
