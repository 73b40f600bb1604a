import type { JinjaTag } from './jinja-tags.js';
import { blank, blankRanges } from './delimited-text.js';
import { isRegistryExpression } from './registry-references.js';
import { withoutSlices } from './jinja-slices.js';

/**
 * Valid Jinja that nunjucks 3 does not parse, rewritten in place (same length,
 * same lines) so a correct template never draws a syntax warning:
 * `{%+ … +%}` whitespace marks, `include … with/without context`,
 * `{% block name scoped/required %}` and Python slices (see `withoutSlices`).
 * None of them changes what is included or which variables are read.
 * Registry references written as outputs
 * (`{{hcp:id:0:env}}`, `{{>id}}`) are not Jinja and are left to the registry
 * post-pass.
 */
export function nunjucksCompatible(text: string, tags: readonly JinjaTag[]): string {
  // The rewritten tags are joined once at the end: splicing each into a copy of the whole text was quadratic in the tags.
  const pieces: string[] = [];
  let from = 0;
  for (const tag of tags) {
    const source = text.slice(tag.start, tag.end);
    const rewritten = rewriteTag(tag, source);
    if (rewritten === source) continue;
    pieces.push(text.slice(from, tag.start), rewritten);
    from = tag.end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

function rewriteTag(tag: JinjaTag, source: string): string {
  let rewritten = tag.type === 'output' && isRegistryExpression(tag.inner) ? blank(source, 0, source.length) : source;
  if (tag.type === 'comment') return rewritten;
  rewritten = withoutSlices(rewritten);
  if (tag.type === 'block') rewritten = rewritten.replace(/^\{%\+/, '{% ').replace(/\+%\}$/, ' %}');
  if (tag.keyword === 'include') rewritten = blankMatches(rewritten, /\s(with|without)\s+context\b/g);
  if (tag.keyword === 'block')
    rewritten = rewritten.replace(
      /(block\s+\w+)((?:\s+(?:scoped|required))+)/,
      (_, head: string, marks: string) => head + ' '.repeat(marks.length),
    );
  return rewritten;
}

function blankMatches(source: string, pattern: RegExp): string {
  return blankRanges(
    source,
    [...source.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const),
  );
}
