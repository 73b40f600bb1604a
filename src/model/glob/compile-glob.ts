import { expandBraces, MAX_BRACE_EXPANSIONS } from './expand-braces.js';
import { matchSegments, type Segment, type Token } from './segment-matcher.js';

/** Longer globs are refused: no hand-written one comes near, and each costs its length per path. */
export const MAX_GLOB_LENGTH = 1024;

export type CompiledGlob = { ok: true; match(path: string): boolean } | { ok: false; reason: string };

/**
 * A glob as picomatch reads it (`*`, `?`, `**`, `[a-z]`, `[!x]`, `{a,b}`,
 * `{1..3}`, `\x`, a leading `!` negating, `@(a|b)` and `?(a|b)`), matched in
 * linear time by `segment-matcher.ts`. Refused with a reason: an empty glob
 * (picomatch threw on it), one over `MAX_GLOB_LENGTH`, one expanding to more
 * than `MAX_BRACE_EXPANSIONS` patterns, and the repeating extglobs `*(…)`,
 * `+(…)`, `!(…)`.
 */
export function compileGlob(glob: string, options: { dot: boolean } = { dot: true }): CompiledGlob {
  if (glob === '') return { ok: false, reason: 'an empty glob matches nothing' };
  if (glob.length > MAX_GLOB_LENGTH) return { ok: false, reason: `longer than ${MAX_GLOB_LENGTH} characters` };
  const negated = glob.startsWith('!') && !glob.startsWith('!(');
  let body = negated ? glob.slice(1) : glob;
  body = body.replace(/^(?:\.\/)+/, '');
  if (/(?<!\\)[*+!]\(/.test(body))
    return { ok: false, reason: 'the extglobs *(…), +(…) and !(…) are not supported; list the alternatives in {a,b}' };
  // `@(a|b)` and `?(a|b)` are brace alternatives, the second with an empty one.
  body = body.replace(/(?<!\\)([@?])\(([^()]*)\)/g, (_, kind: string, inner: string) =>
    kind === '@' ? `{${inner.split('|').join(',')}}` : `{,${inner.split('|').join(',')}}`,
  );
  const expanded = expandBraces(body);
  if (!expanded) return { ok: false, reason: `its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns` };
  const patterns = expanded.map(toSegments);
  return {
    ok: true,
    match: (path) => patterns.some((pattern) => matchSegments(pattern, path, options)) !== negated,
  };
}

/** Matches when any of `globs` does, as picomatch does with a list; throws on a glob `compileGlob` refuses. */
export function globListMatcher(globs: readonly string[], options: { dot: boolean } = { dot: true }) {
  const compiled = globs.map((glob) => {
    const result = compileGlob(glob, options);
    if (!result.ok) throw new Error(`glob '${glob.slice(0, 80)}': ${result.reason}`);
    return result;
  });
  return (path: string): boolean => compiled.some((glob) => glob.match(path));
}

/**
 * Matches when any of `globs` does, leaving out those `compileGlob` refuses: for
 * globs read from the scanned files or checked where they were written, where
 * one bad glob must not stop the rest.
 */
export function acceptedGlobsMatcher(globs: readonly string[], options: { dot: boolean } = { dot: true }) {
  const accepted = globs.map((glob) => compileGlob(glob, options)).filter((glob) => glob.ok);
  return (path: string): boolean => accepted.some((glob) => glob.match(path));
}

/** A brace-free glob as segments: `**` alone is any number of segments; otherwise tokens. */
function toSegments(pattern: string): Segment[] {
  return splitSegments(pattern).map((segment): Segment => {
    if (segment === '**') return { kind: 'globstar' };
    return { kind: 'tokens', tokens: segmentTokens(segment) };
  });
}

function splitSegments(pattern: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index]!;
    if (char === '\\' && index + 1 < pattern.length) current += char + pattern[++index];
    else if (char === '/') {
      segments.push(current);
      current = '';
    } else current += char;
  }
  segments.push(current);
  return segments;
}

function segmentTokens(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if (char === '\\' && index + 1 < segment.length) tokens.push({ kind: 'literal', char: segment[++index]! });
    else if (char === '*') {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'one' });
    else if (char === '[') {
      const parsed = characterClass(segment, index);
      if (parsed) {
        tokens.push(parsed.token);
        index = parsed.end;
      } else tokens.push({ kind: 'literal', char });
    } else tokens.push({ kind: 'literal', char });
  }
  return tokens;
}

const POSIX: Record<string, [string, string][]> = {
  alpha: [
    ['a', 'z'],
    ['A', 'Z'],
  ],
  digit: [['0', '9']],
  alnum: [
    ['a', 'z'],
    ['A', 'Z'],
    ['0', '9'],
  ],
  upper: [['A', 'Z']],
  lower: [['a', 'z']],
  space: [
    [' ', ' '],
    ['\t', '\r'],
  ],
  xdigit: [
    ['0', '9'],
    ['a', 'f'],
    ['A', 'F'],
  ],
  word: [
    ['a', 'z'],
    ['A', 'Z'],
    ['0', '9'],
    ['_', '_'],
  ],
};

/** `[…]` from `open`: its token and the offset of its `]`; undefined when it never closes (then `[` is literal). */
function characterClass(segment: string, open: number): { token: Token; end: number } | undefined {
  let index = open + 1;
  const negated = segment[index] === '!' || segment[index] === '^';
  if (negated) index++;
  const ranges: [string, string][] = [];
  for (let first = true; index < segment.length; index++, first = false) {
    const char = segment[index]!;
    if (char === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: index };
    const posix = /^\[:(\w+):\]/.exec(segment.slice(index, index + 10));
    if (posix && POSIX[posix[1]!]) {
      ranges.push(...POSIX[posix[1]!]!);
      index += posix[0].length - 1;
      continue;
    }
    const low = char === '\\' && index + 1 < segment.length ? segment[++index]! : char;
    if (segment[index + 1] === '-' && index + 2 < segment.length && segment[index + 2] !== ']') {
      ranges.push([low, segment[index + 2]!]);
      index += 2;
    } else ranges.push([low, low]);
  }
  return undefined;
}
