/**
 * A CODEOWNERS pattern as GitHub documents it (gitignore rules, with GitHub's
 * exceptions), compiled to one regular expression over repository-relative paths:
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
 * A hand-written compiler rather than picomatch or `ignore`: both apply gitignore's
 * "a matched directory takes everything below it" to `docs/*`, which GitHub's own
 * example says must not own `docs/build-app/troubleshooting.md`.
 */
export function compilePattern(pattern: string): (path: string) => boolean {
  const regex = patternToRegExp(pattern);
  return (path) => regex.test(path);
}

export function patternToRegExp(pattern: string): RegExp {
  const directoryOnly = pattern.endsWith('/') && !pattern.endsWith('\\/');
  let body = directoryOnly ? pattern.replace(/\/+$/, '') : pattern;
  const rooted = body.startsWith('/');
  body = body.replace(/^\/+/, '');
  const anchored = rooted || body.includes('/');
  const filesDirectlyInside = !directoryOnly && body.endsWith('/*') && !body.endsWith('\\*');

  const prefix = anchored ? '' : '(?:.*/)?';
  const suffix = directoryOnly ? '/.*' : filesDirectlyInside ? '' : '(?:/.*)?';
  return new RegExp(`^${prefix}${bodyToRegExp(body)}${suffix}$`, 's');
}

function bodyToRegExp(body: string): string {
  let out = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === '\\' && index + 1 < body.length) {
      out += escapeRegExp(body[++index]!);
    } else if (char === '*' && body[index + 1] === '*') {
      const atSegmentStart = index === 0 || body[index - 1] === '/';
      const atSegmentEnd = index + 2 === body.length || body[index + 2] === '/';
      index++;
      if (atSegmentStart && body[index + 1] === '/') {
        out += '(?:.*/)?';
        index++;
      } else if (atSegmentStart && atSegmentEnd) {
        out += '.*';
      } else {
        out += '[^/]*';
      }
    } else if (char === '*') {
      out += '[^/]*';
    } else if (char === '?') {
      out += '[^/]';
    } else {
      out += escapeRegExp(char);
    }
  }
  return out;
}

const escapeRegExp = (char: string): string => char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
