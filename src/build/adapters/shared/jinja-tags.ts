import { closingOffset, lineEnd } from './delimited-text.js';

/** One `{% … %}`, `{{ … }}` or `{# … #}` of a Jinja template, by character offsets. */
export interface JinjaTag {
  type: 'block' | 'output' | 'comment';
  /** Offset of the opening delimiter. */
  start: number;
  /** Offset just past the closing delimiter (the end of its line when never closed). */
  end: number;
  /** What stands between the delimiters, whitespace-control marks (`-`, `+`) removed. */
  inner: string;
  /** A block tag's first word: `include`, `for`, `endfor`… */
  keyword?: string;
  closed: boolean;
}

const CLOSERS = { '{%': '%}', '{{': '}}', '{#': '#}' } as const;

/**
 * The tags of a Jinja template, in order, without parsing their expressions:
 * strings are skipped so a `%}` inside quotes does not end a tag, brackets are
 * balanced so `{{ {'a': 1} }}` is one output, and a `{% raw %}` region is text.
 * This is the layer the parser falls back on when it cannot read a file, and
 * the map from parser positions to the exact source of a tag.
 */
export function scanJinjaTags(text: string): JinjaTag[] {
  const tags: JinjaTag[] = [];
  let index = 0;
  while (index < text.length) {
    const open = nextOpening(text, index);
    if (open === -1) break;
    const opener = text.slice(open, open + 2) as keyof typeof CLOSERS;
    const end = opener === '{#' ? commentEnd(text, open) : closingOffset(text, open + 2, CLOSERS[opener]);
    const closed = end !== -1;
    // An unclosed tag ends with its line, so the tags after it are still found.
    const stop = closed ? end : lineEnd(text, open);
    const inner = text
      .slice(open + 2, closed ? stop - 2 : stop)
      .replace(/^[-+]/, '')
      .replace(/[-+]$/, '')
      .trim();
    const type = opener === '{%' ? 'block' : opener === '{{' ? 'output' : 'comment';
    const keyword = type === 'block' ? /^[A-Za-z_]\w*/.exec(inner)?.[0] : undefined;
    tags.push({ type, start: open, end: stop, inner, ...(keyword ? { keyword } : {}), closed });
    index = stop;
    if (keyword === 'raw') index = skipRaw(text, index, tags);
  }
  return tags;
}

function nextOpening(text: string, from: number): number {
  for (let index = text.indexOf('{', from); index !== -1; index = text.indexOf('{', index + 1)) {
    const next = text[index + 1];
    if (next === '%' || next === '{' || next === '#') return index;
  }
  return -1;
}

const commentEnd = (text: string, open: number): number => {
  const close = text.indexOf('#}', open + 2);
  return close === -1 ? -1 : close + 2;
};

/** Everything up to `{% endraw %}` is text; the endraw tag itself is recorded. */
function skipRaw(text: string, from: number, tags: JinjaTag[]): number {
  const endraw = /\{%[-+]?\s*endraw\s*[-+]?%\}/g;
  endraw.lastIndex = from;
  const match = endraw.exec(text);
  if (!match) return text.length;
  tags.push({
    type: 'block',
    start: match.index,
    end: match.index + match[0].length,
    inner: 'endraw',
    keyword: 'endraw',
    closed: true,
  });
  return match.index + match[0].length;
}
