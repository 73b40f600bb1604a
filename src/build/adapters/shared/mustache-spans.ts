import { closingOffset, lineEnd } from './delimited-text.js';
import { isRegistryExpression } from './registry-references.js';

/** One `{{ … }}` expression of a POML or PromptL template, by character offsets. */
export interface MustacheSpan {
  start: number;
  /** Offset just past `}}` (the end of its line when never closed). */
  end: number;
  /** The expression between the braces, trimmed. */
  inner: string;
  closed: boolean;
}

/**
 * The `{{ … }}` expressions of a text, skipping `excluded` ranges (comments, in
 * order and not overlapping). JavaScript strings (including template literals)
 * and brackets are skipped while looking for the closing `}}`, so
 * `{{ { key: 'value' } }}` is one span.
 */
export function findMustaches(text: string, excluded: readonly [number, number][] = []): MustacheSpan[] {
  const spans: MustacheSpan[] = [];
  // Offsets only grow: one cursor over the ranges, not a search through all of them per `{{`.
  let range = 0;
  for (let open = text.indexOf('{{'); open !== -1; ) {
    while (range < excluded.length && excluded[range]![1] <= open) range++;
    const skip = range < excluded.length && excluded[range]![0] <= open ? excluded[range] : undefined;
    if (skip) {
      open = text.indexOf('{{', skip[1]);
      continue;
    }
    const close = closingOffset(text, open + 2, '}}', '"\'`');
    const end = close === -1 ? lineEnd(text, open) : close;
    const inner = text.slice(open + 2, close === -1 ? end : end - 2).trim();
    // `{{hcp:id:0:env}}` and `{{>id}}` are registry references for the post-pass, not expressions.
    if (!isRegistryExpression(inner)) spans.push({ start: open, end, inner, closed: close !== -1 });
    open = text.indexOf('{{', end);
  }
  return spans;
}
