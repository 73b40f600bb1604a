import { lazyRequire } from '../../../model/lazy-require.js';

const nunjucks = lazyRequire<unknown>('nunjucks');

/**
 * The part of nunjucks' (undocumented, untyped) parser output promptgraph reads.
 * Every node has a `typename` (`Include`, `Symbol`, `For`…), 0-based `lineno`
 * and `colno`, and names its child fields in `fields`; lists keep `children`.
 */
export interface JinjaNode {
  typename: string;
  lineno?: number;
  colno?: number;
  fields: readonly string[];
  children?: JinjaNode[];
  value?: unknown;
  [field: string]: unknown;
}

export type JinjaParse = { ok: true; root: JinjaNode } | { ok: false; message: string; line?: number; column?: number };

interface NunjucksParser {
  parse(source: string, extensions?: unknown[], options?: unknown): JinjaNode;
}

/** Parses Jinja source with nunjucks; an error keeps its 1-based line and column when nunjucks gives them. */
export function parseJinja(source: string): JinjaParse {
  try {
    return { ok: true, root: (nunjucks() as { parser: NunjucksParser }).parser.parse(source) };
  } catch (error) {
    const { message, lineno, colno } = error as Error & { lineno?: number; colno?: number };
    const firstLine =
      message
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .pop() ?? 'parse error';
    return {
      ok: false,
      message: firstLine,
      ...(typeof lineno === 'number' ? { line: lineno } : {}),
      ...(typeof colno === 'number' ? { column: colno } : {}),
    };
  }
}

/** The child nodes of a node, in source order: its fields, then a list's children. */
export function childNodes(node: JinjaNode): JinjaNode[] {
  const children: JinjaNode[] = [];
  const add = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(add);
    else if (isNode(value)) children.push(value);
  };
  for (const field of node.fields) add(node[field]);
  if (!node.fields.includes('children')) add(node.children);
  return children;
}

export const isNode = (value: unknown): value is JinjaNode =>
  typeof value === 'object' && value !== null && typeof (value as JinjaNode).typename === 'string';

/** A node's field that is itself a node. */
export const nodeField = (node: JinjaNode, field: string): JinjaNode | undefined =>
  isNode(node[field]) ? (node[field] as JinjaNode) : undefined;

/** A Symbol's name, or undefined for any other node. */
export const symbolName = (node: JinjaNode | undefined): string | undefined =>
  node?.typename === 'Symbol' && typeof node.value === 'string' ? node.value : undefined;
