/**
 * The matching core every glob of promptgraph shares (config globs, CODEOWNERS,
 * contract selectors, workspace globs): a pattern is a list of path segments,
 * each either any number of whole segments (`**`) or a sequence of tokens, and
 * it is matched by simulating all its states at once, never by backtracking.
 * A path of n characters costs at most n × (pattern length) steps however the
 * stars are arranged: `*a*a*a*a*b` cannot take the exponential time it took in
 * the regular expressions picomatch and the former CODEOWNERS compiler built.
 */

export type Token =
  | { kind: 'literal'; char: string }
  | { kind: 'one' }
  | { kind: 'star' }
  | { kind: 'class'; negated: boolean; ranges: [string, string][] };

/** `**` (any number of whole segments, none included), or one segment's tokens. */
export type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

export interface MatchOptions {
  /** Whether `*`, `?`, classes and `**` match a segment that starts with a dot. */
  dot: boolean;
}

/** A segment that matches any one segment: `**` that must match at least one is this, then `**`. */
export const ANY_SEGMENT: Segment = { kind: 'tokens', tokens: [{ kind: 'star' }] };

/** Does the `/`-separated `path` match the pattern's segments? */
export function matchSegments(pattern: readonly Segment[], path: string, options: MatchOptions): boolean {
  let states = closure(pattern, [0]);
  for (const part of path.split('/')) {
    const next: number[] = [];
    for (const state of states) {
      const segment = pattern[state];
      if (!segment) continue;
      if (segment.kind === 'globstar') {
        if (options.dot || !part.startsWith('.')) next.push(state);
      } else if (matchTokens(segment.tokens, part, options)) next.push(state + 1);
    }
    states = closure(pattern, next);
    if (!states.size) return false;
  }
  return states.has(pattern.length);
}

/** The states reachable without reading a segment: past each `**`, which may match none. */
function closure(pattern: readonly Segment[], states: readonly number[]): Set<number> {
  const result = new Set<number>();
  for (let state of states) {
    result.add(state);
    while (pattern[state]?.kind === 'globstar') result.add(++state);
  }
  return result;
}

/** One segment against its tokens: every token position reachable so far, advanced a character at a time. */
function matchTokens(tokens: readonly Token[], text: string, options: MatchOptions): boolean {
  // Without `dot`, a segment starting with a dot is matched only by a pattern segment spelling that dot.
  if (!options.dot && text.startsWith('.')) {
    const first = tokens[0];
    if (first?.kind !== 'literal' || first.char !== '.') return false;
  }
  const width = tokens.length + 1;
  let states = new Uint8Array(width);
  const settle = (set: Uint8Array) => {
    // A star may match nothing: reaching it reaches the token after it.
    for (let index = 0; index < tokens.length; index++)
      if (set[index] && tokens[index]!.kind === 'star') set[index + 1] = 1;
  };
  states[0] = 1;
  settle(states);
  for (let position = 0; position < text.length; position++) {
    const char = text[position]!;
    const next = new Uint8Array(width);
    let alive = false;
    for (let index = 0; index < tokens.length; index++) {
      if (!states[index]) continue;
      const token = tokens[index]!;
      let target = -1;
      if (token.kind === 'literal') target = token.char === char ? index + 1 : -1;
      else if (token.kind === 'star') target = index;
      else if (token.kind === 'one' || inClass(token, char)) target = index + 1;
      if (target >= 0) {
        next[target] = 1;
        alive = true;
      }
    }
    if (!alive) return false;
    settle(next);
    states = next;
  }
  return states[tokens.length] === 1;
}

function inClass(token: Extract<Token, { kind: 'class' }>, char: string): boolean {
  return token.ranges.some(([low, high]) => char >= low && char <= high) !== token.negated;
}
