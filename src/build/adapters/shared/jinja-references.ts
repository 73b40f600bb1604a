import { childNodes, nodeField, parseJinja, type JinjaNode } from './nunjucks-ast.js';
import type { JinjaTag } from './jinja-tags.js';

/** The tags that pull another template in. */
export type TemplateTagKind = 'include' | 'extends' | 'import' | 'from';

/** One template another template names, before it is found on disk. */
export interface JinjaTemplateRef {
  kind: TemplateTagKind;
  /** Names in the order Jinja tries them (`{% include ['a.j2', 'b.j2'] %}`); empty when computed at render time. */
  names: string[];
  /** `ignore missing`: Jinja renders nothing when none exists. */
  optional: boolean;
  /** The tag that names it; its source is the placeholder composition replaces. */
  tag: JinjaTag;
}

const NODE_KINDS: Record<string, TemplateTagKind> = {
  Include: 'include',
  Extends: 'extends',
  Import: 'import',
  FromImport: 'from',
};
export const TEMPLATE_TAG_KEYWORDS: ReadonlySet<string> = new Set(Object.values(NODE_KINDS));

/**
 * Template references in a parsed template. `tagAt` maps a node's position to
 * the tag holding it. A conditional name (`'a.j2' if x else 'b.j2'`) gives one
 * reference per branch, since either may be rendered.
 */
export function referencesFromAst(
  root: JinjaNode,
  tagAt: (line: number, column: number) => JinjaTag | undefined,
): JinjaTemplateRef[] {
  const found: JinjaTemplateRef[] = [];
  const walk = (node: JinjaNode): void => {
    const kind = NODE_KINDS[node.typename];
    const tag = kind ? tagAt(node.lineno ?? 0, node.colno ?? 0) : undefined;
    if (kind && tag) {
      const optional = node.ignoreMissing === true;
      for (const names of nameAlternatives(nodeField(node, 'template'))) found.push({ kind, names, optional, tag });
    }
    childNodes(node).forEach(walk);
  };
  walk(root);
  return found;
}

/**
 * A reference read from its tag alone, for files the parser cannot read as a
 * whole: the tag is parsed by itself, and when even that fails its quoted
 * strings are taken as the names.
 */
export function referencesFromTag(tag: JinjaTag, source: string): JinjaTemplateRef[] {
  const kind = tag.keyword as TemplateTagKind;
  const parsed = parseJinja(source);
  const node = parsed.ok ? childNodes(parsed.root).find((child) => NODE_KINDS[child.typename] === kind) : undefined;
  if (node)
    return nameAlternatives(nodeField(node, 'template')).map((names) => ({
      kind,
      names,
      optional: node.ignoreMissing === true,
      tag,
    }));
  const strings = [...tag.inner.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((match) => match[1] ?? match[2]!);
  const names = kind === 'include' ? strings : strings.slice(0, 1);
  return [{ kind, names, optional: /\bignore\s+missing\b/.test(tag.inner), tag }];
}

/** The name lists a template expression may evaluate to; `[[]]` when it is computed. */
function nameAlternatives(expression: JinjaNode | undefined): string[][] {
  if (!expression) return [[]];
  if (expression.typename === 'Literal' && typeof expression.value === 'string') return [[expression.value]];
  if (expression.typename === 'Array') {
    const names = childNodes(expression).flatMap((item) =>
      item.typename === 'Literal' && typeof item.value === 'string' ? [item.value] : [],
    );
    return [names];
  }
  if (expression.typename === 'InlineIf') {
    const branches = [nodeField(expression, 'body'), nodeField(expression, 'else_')].filter(
      (branch): branch is JinjaNode => branch !== undefined,
    );
    return branches.flatMap(nameAlternatives);
  }
  return [[]];
}
