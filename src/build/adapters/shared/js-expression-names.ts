import type * as Acorn from 'acorn';
import { lazyRequire } from '../../../model/lazy-require.js';

const acorn = lazyRequire<typeof Acorn>('acorn');

/** Globals a POML or PromptL expression may use that no caller passes in. */
const GLOBALS = new Set([
  'undefined',
  'NaN',
  'Infinity',
  'Math',
  'JSON',
  'String',
  'Number',
  'Boolean',
  'Array',
  'Object',
  'Date',
  'RegExp',
  'parseInt',
  'parseFloat',
  'isNaN',
  'isFinite',
  'encodeURIComponent',
  'decodeURIComponent',
  'console',
]);

export type ExpressionNames = { ok: true; read: string[]; assigned: string[] } | { ok: false; message: string };

interface EsNode {
  type: string;
  [key: string]: unknown;
}

/**
 * The names a JavaScript expression (the `{{ … }}` of POML and PromptL) reads
 * and assigns, parsed with acorn: `user.name` reads `user`, `{ key: value }`
 * reads `value`, `(x) => x.id` reads nothing of its own, `total = a + b`
 * assigns `total` and reads `a` and `b`. A called name is read too, since
 * these languages take functions from the same context as data.
 */
export function expressionNames(source: string): ExpressionNames {
  let root: EsNode;
  try {
    root = acorn().parseExpressionAt(source, 0, { ecmaVersion: 'latest' }) as unknown as EsNode;
  } catch (error) {
    return { ok: false, message: (error as Error).message.replace(/ \(\d+:\d+\)$/, '') };
  }
  const end = (root as { end?: number }).end ?? source.length;
  if (source.slice(end).trim())
    return { ok: false, message: `unexpected '${source.slice(end).trim().slice(0, 20)}' after the expression` };
  const read = new Set<string>();
  const assigned = new Set<string>();
  const visit = (node: unknown, scope: ReadonlySet<string>): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, scope));
    if (!node || typeof node !== 'object' || typeof (node as EsNode).type !== 'string') return;
    const typed = node as EsNode;
    switch (typed.type) {
      case 'Identifier': {
        const name = typed.name as string;
        if (!scope.has(name) && !GLOBALS.has(name)) read.add(name);
        return;
      }
      case 'MemberExpression':
        visit(typed.object, scope);
        if (typed.computed) visit(typed.property, scope);
        return;
      case 'Property':
        if (typed.computed) visit(typed.key, scope);
        visit(typed.value, scope);
        return;
      case 'AssignmentExpression':
      case 'UpdateExpression': {
        const target = (typed.left ?? typed.argument) as EsNode;
        if (target.type === 'Identifier') assigned.add(target.name as string);
        else visit(target, scope);
        visit(typed.right, scope);
        return;
      }
      case 'ArrowFunctionExpression':
      case 'FunctionExpression': {
        const params = new Set([...scope, ...(typed.params as EsNode[]).flatMap(patternNames)]);
        visit(typed.body, params);
        return;
      }
      default:
        for (const [key, value] of Object.entries(typed))
          if (key !== 'type' && key !== 'start' && key !== 'end') visit(value, scope);
    }
  };
  visit(root, new Set());
  return { ok: true, read: [...read].filter((name) => !assigned.has(name)).sort(), assigned: [...assigned].sort() };
}

/** Names a parameter pattern binds: `x`, `{ a, b: c }`, `[d, ...e]`, `f = 1`. */
function patternNames(pattern: EsNode): string[] {
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string];
    case 'AssignmentPattern':
      return patternNames(pattern.left as EsNode);
    case 'RestElement':
      return patternNames(pattern.argument as EsNode);
    case 'ArrayPattern':
      return (pattern.elements as (EsNode | null)[]).flatMap((element) => (element ? patternNames(element) : []));
    case 'ObjectPattern':
      return (pattern.properties as EsNode[]).flatMap((property) =>
        patternNames((property.value ?? property.argument) as EsNode),
      );
    default:
      return [];
  }
}
