import { RE2JS } from 're2js';

/** One match of a linear-time pattern, shaped like a `matchAll` match. */
export interface LinearMatch {
  0: string;
  index: number;
  groups: Record<string, string | undefined>;
}

export type LinearRegex = { ok: true; matchAll(text: string): Generator<LinearMatch> } | { ok: false; reason: string };

/**
 * Compiles a regular expression from the config with RE2 (re2js): matching
 * takes time linear in the text whatever the pattern, so `(?<ref>(a+)+)$` or
 * `(.*)*x` cannot hang a scan as they do in a backtracking engine. RE2 has no
 * lookaround and no backreference; a pattern using them is refused with RE2's
 * reason. Named groups are written `(?<name>…)`, as in JavaScript.
 */
export function compileLinear(source: string): LinearRegex {
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
  const names = Object.keys(compiled.namedGroups());
  return {
    ok: true,
    *matchAll(text) {
      const matcher = compiled.matcher(text);
      while (matcher.find()) {
        const groups: Record<string, string | undefined> = {};
        for (const name of names) groups[name] = matcher.group(name) ?? undefined;
        yield { 0: matcher.group(0) ?? '', index: matcher.start(), groups };
      }
    },
  };
}
