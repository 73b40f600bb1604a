import type { JinjaTag } from './jinja-tags.js';
import { parseJinja } from './nunjucks-ast.js';
import { jinjaNames } from './jinja-variables.js';

/** How a block tag is made parseable on its own: the closing tag its body needs. */
const CLOSERS: Record<string, string> = {
  for: 'endfor',
  if: 'endif',
  macro: 'endmacro',
  call: 'endcall',
  filter: 'endfilter',
  include: '',
  extends: '',
  import: '',
  from: '',
};

/**
 * Variables of a template the parser cannot read as a whole: each output and
 * each variable-bearing block tag is parsed by itself (given its closing tag),
 * and names bound by any of them (`for` targets, `set`, macro parameters) are
 * not inputs anywhere in the file. Pieces that still do not parse are skipped.
 */
export function tagLevelVariables(tags: readonly JinjaTag[], source: string): string[] {
  const free = new Set<string>();
  const bound = new Set<string>();
  for (const tag of tags) {
    const piece = standalone(tag, source);
    if (!piece) continue;
    const parsed = parseJinja(piece);
    if (!parsed.ok) continue;
    const names = jinjaNames(parsed.root);
    names.free.forEach((name) => free.add(name));
    names.bound.forEach((name) => bound.add(name));
  }
  return [...free].filter((name) => !bound.has(name)).sort();
}

function standalone(tag: JinjaTag, source: string): string | undefined {
  if (!tag.closed) return undefined;
  const text = source.slice(tag.start, tag.end);
  if (tag.type === 'output') return text;
  if (tag.type !== 'block' || !tag.keyword) return undefined;
  if (tag.keyword === 'elif') return `{% if ${tag.inner.slice('elif'.length)} %}{% endif %}`;
  if (tag.keyword === 'set') return tag.inner.includes('=') ? text : `${text}{% endset %}`;
  const closer = CLOSERS[tag.keyword];
  if (closer === undefined) return undefined;
  return closer ? `${text}{% ${closer} %}` : text;
}
