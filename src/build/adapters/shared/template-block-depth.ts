/**
 * The deepest block nesting a template may have before promptgraph stops
 * parsing it: template parsers (Handlebars, nunjucks) and the walks over their
 * trees recurse once per level, and Handlebars' parser takes time quadratic in
 * the depth. Hand-written templates nest a few levels; 64 leaves a wide margin.
 */
export const MAX_BLOCK_DEPTH = 64;

/**
 * The 1-based line where a template's block tags first nest deeper than
 * `MAX_BLOCK_DEPTH`, found by one pass of `tags` (a global regex) over the text,
 * `step` giving +1 for an opening tag and -1 for a closing one; undefined when
 * they never do. Unbalanced closings never take the depth below zero.
 */
export function blockDepthOver(
  text: string,
  tags: RegExp,
  step: (match: RegExpExecArray) => number,
): number | undefined {
  let depth = 0;
  for (const match of text.matchAll(tags)) {
    depth = Math.max(0, depth + step(match as RegExpExecArray));
    if (depth > MAX_BLOCK_DEPTH) return lineOfOffset(text, match.index);
  }
  return undefined;
}

function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}
