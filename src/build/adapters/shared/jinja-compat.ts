import type { JinjaTag } from './jinja-tags.js';
import { blank } from './delimited-text.js';
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
  let result = text;
  for (const tag of tags) {
    if (tag.type === 'output' && isRegistryExpression(tag.inner)) result = blank(result, tag.start, tag.end);
    if (tag.type === 'comment') continue;
    const source = result.slice(tag.start, tag.end);
    let rewritten = withoutSlices(source);
    if (tag.type === 'block') rewritten = rewritten.replace(/^\{%\+/, '{% ').replace(/\+%\}$/, ' %}');
    if (tag.keyword === 'include') rewritten = blankMatches(rewritten, /\s(with|without)\s+context\b/g);
    if (tag.keyword === 'block')
      rewritten = rewritten.replace(
        /(block\s+\w+)((?:\s+(?:scoped|required))+)/,
        (_, head: string, marks: string) => head + ' '.repeat(marks.length),
      );
    if (rewritten !== source) result = result.slice(0, tag.start) + rewritten + result.slice(tag.end);
  }
  return result;
}

function blankMatches(source: string, pattern: RegExp): string {
  let result = source;
  for (const match of source.matchAll(pattern)) result = blank(result, match.index, match.index + match[0].length);
  return result;
}
