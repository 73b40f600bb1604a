import type { Node } from 'web-tree-sitter';

export type { Node };

/** Named children, skipping comments (tree-sitter keeps them as extras anywhere). */
export const namedChildren = (node: Node): Node[] =>
  node.namedChildren.filter((child): child is Node => child !== null && child.type !== 'comment');

export const field = (node: Node, name: string): Node | undefined => node.childForFieldName(name) ?? undefined;

/** 1-based start and end lines of a node. */
export const startLine = (node: Node): number => node.startPosition.row + 1;
export const endLine = (node: Node): number => node.endPosition.row + 1;

/** `a.b.c` for a chain of identifiers and attributes; undefined for anything else (calls, subscripts). Iterative: a chain may be thousands of links long. */
export function dottedName(node: Node): string | undefined {
  const attributes: string[] = [];
  let current: Node | undefined = node;
  while (current?.type === 'attribute') {
    const attribute = field(current, 'attribute');
    if (!attribute) return undefined;
    attributes.push(attribute.text);
    current = field(current, 'object');
  }
  if (current?.type !== 'identifier') return undefined;
  return [current.text, ...attributes.reverse()].join('.');
}

/** Positional and keyword arguments of a call, in source order. */
export interface CallArguments {
  positional: Node[];
  keywords: Map<string, Node>;
  /** `**expr` arguments. */
  splats: Node[];
}

export function callArguments(call: Node): CallArguments {
  const result: CallArguments = { positional: [], keywords: new Map(), splats: [] };
  const list = field(call, 'arguments');
  if (!list) return result;
  if (list.type !== 'argument_list') {
    result.positional.push(list);
    return result;
  }
  for (const argument of namedChildren(list)) {
    if (argument.type === 'keyword_argument') {
      const name = field(argument, 'name');
      const value = field(argument, 'value');
      if (name && value) result.keywords.set(name.text, value);
    } else if (argument.type === 'dictionary_splat') {
      const value = namedChildren(argument)[0];
      if (value) result.splats.push(value);
    } else if (argument.type !== 'list_splat') {
      result.positional.push(argument);
    }
  }
  return result;
}

/** The argument at `index` or named `keyword`, the way Python binds it. */
export const argumentAt = (args: CallArguments, index: number, keyword?: string): Node | undefined =>
  (keyword ? args.keywords.get(keyword) : undefined) ?? args.positional[index];

/** Strips parentheses: `(x)` → `x`. */
export function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'parenthesized_expression') {
    const inner = namedChildren(current)[0];
    if (!inner) break;
    current = inner;
  }
  return current;
}
