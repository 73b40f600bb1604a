/** Brace expansion may not produce more patterns than this: `{a,b}{a,b}…` doubles with each group. */
export const MAX_BRACE_EXPANSIONS = 256;

/**
 * Expands `{a,b}` alternatives (nested too) and `{1..5}` / `{a..e}` ranges into
 * plain patterns, as picomatch reads them; a brace with neither a comma nor a
 * range, or never closed, is literal, and so is an escaped `\{`. Returns
 * undefined past `MAX_BRACE_EXPANSIONS`.
 */
export function expandBraces(pattern: string): string[] | undefined {
  const results: string[] = [];
  const pending = [pattern];
  while (pending.length) {
    const current = pending.pop()!;
    const group = firstGroup(current);
    if (!group) {
      results.push(current);
      if (results.length > MAX_BRACE_EXPANSIONS) return undefined;
      continue;
    }
    const prefix = current.slice(0, group.start);
    const suffix = current.slice(group.end + 1);
    for (const alternative of group.alternatives.reverse()) pending.push(prefix + alternative + suffix);
    if (pending.length + results.length > MAX_BRACE_EXPANSIONS) return undefined;
  }
  return results;
}

interface BraceGroup {
  start: number;
  end: number;
  alternatives: string[];
}

/** The first brace group that expands: its bounds and alternatives (top-level commas only, or a range). */
function firstGroup(pattern: string): BraceGroup | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let index = start; index < pattern.length; index++) {
      const char = pattern[index];
      if (char === '\\') index++;
      else if (char === '{') depth++;
      else if (char === ',' && depth === 1) commas.push(index);
      else if (char === '}' && --depth === 0) {
        const inner = pattern.slice(start + 1, index);
        if (commas.length) {
          const bounds = [start, ...commas, index];
          const alternatives = bounds.slice(1).map((bound, at) => pattern.slice(bounds[at]! + 1, bound));
          return { start, end: index, alternatives };
        }
        const range = expandRange(inner);
        if (range) return { start, end: index, alternatives: range };
        break;
      }
    }
  }
  return undefined;
}

function expandRange(inner: string): string[] | undefined {
  const numbers = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(inner);
  const bounds = numbers
    ? [Number(numbers[1]), Number(numbers[2])]
    : letters
      ? [letters[1]!.charCodeAt(0), letters[2]!.charCodeAt(0)]
      : undefined;
  if (!bounds) return undefined;
  const [from, to] = bounds as [number, number];
  if (Math.abs(to - from) >= MAX_BRACE_EXPANSIONS) return Array(MAX_BRACE_EXPANSIONS + 1).fill('');
  const step = from <= to ? 1 : -1;
  const values: string[] = [];
  for (let value = from; value !== to + step; value += step)
    values.push(numbers ? String(value) : String.fromCharCode(value));
  return values;
}
