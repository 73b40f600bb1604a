import { ANY_SEGMENT, matchSegments, type Segment, type Token } from '../../model/glob/segment-matcher.js';

/** Longer patterns are refused (a warning at the line): none written by hand comes near. */
export const MAX_CODEOWNERS_PATTERN = 1024;

/**
 * A CODEOWNERS pattern as GitHub documents it (gitignore rules, with GitHub's
 * exceptions), matched against repository-relative paths:
 *
 * - a pattern with no slash, or only a trailing one, matches at any depth
 *   (`*.js`, `apps/`); a leading or middle slash anchors it at the root (`/docs/`, `docs/*`);
 * - a trailing slash matches everything below that directory (`/build/logs/`);
 * - a pattern that names a directory also owns everything below it (`/apps/github`, `**\/logs`),
 *   except a trailing `/*`, which owns only the files directly inside (`docs/*`);
 * - `*` and `?` never cross a `/`; `**` spans any number of directories;
 * - matching is case-sensitive; `\x` is a literal `x` (`path\ with\ spaces/`, `\#file`);
 * - `[`, `]`, `{`, `}` and `!` are literal: GitHub supports neither ranges nor negation.
 *
 * Matching goes through the shared linear matcher (`src/model/glob/`), never a
 * backtracking regex: one line `*a*a*a*a*a*a*a*a*b` cost seconds per path as a
 * RegExp. picomatch and `ignore` are not used for the semantics: both apply
 * gitignore's "a matched directory takes everything below it" to `docs/*`,
 * which GitHub's own example says must not own `docs/build-app/troubleshooting.md`.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  const segments = patternSegments(pattern);
  return (path) => matchSegments(segments, path, { dot: true });
}

export function patternSegments(pattern: string): Segment[] {
  const directoryOnly = pattern.endsWith('/') && !pattern.endsWith('\\/');
  let body = directoryOnly ? pattern.replace(/\/+$/, '') : pattern;
  const rooted = body.startsWith('/');
  body = body.replace(/^\/+/, '');
  const anchored = rooted || body.includes('/');
  const filesDirectlyInside = !directoryOnly && body.endsWith('/*') && !body.endsWith('\\*');

  const parts = splitUnescaped(body);
  const segments: Segment[] = anchored ? [] : [{ kind: 'globstar' }];
  parts.forEach((part, index) => {
    const last = index === parts.length - 1;
    // `**` as a whole segment spans directories: before a slash, any number of them; at the end, everything below.
    if (part === '**')
      segments.push(...(last ? [ANY_SEGMENT, { kind: 'globstar' } as const] : [{ kind: 'globstar' } as const]));
    else segments.push({ kind: 'tokens', tokens: segmentTokens(part) });
  });
  // A trailing slash: something below the directory; a directory name: itself or anything below it.
  if (directoryOnly) segments.push(ANY_SEGMENT, { kind: 'globstar' });
  else if (!filesDirectlyInside && parts[parts.length - 1] !== '**') segments.push({ kind: 'globstar' });
  return segments;
}

function splitUnescaped(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === '\\' && index + 1 < body.length) current += char + body[++index];
    else if (char === '/') {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts;
}

/** `*` (and `**` inside a segment) is any run within the segment, `?` one character, `\x` a literal; the rest literal. */
function segmentTokens(part: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < part.length; index++) {
    const char = part[index]!;
    if (char === '\\' && index + 1 < part.length) tokens.push({ kind: 'literal', char: part[++index]! });
    else if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'one' });
    else tokens.push({ kind: 'literal', char });
  }
  return tokens;
}
