import picomatch from 'picomatch';

/** What a selector is matched against: the prompt-text units, by file, symbol and name. */
export interface SelectorIndex {
  /** The text unit `file#symbol`, or the file's whole-file unit without a symbol. */
  textUnit(file: string, symbol: string | undefined): string | undefined;
  /** Ids of the text units in a file, in file order. */
  textUnitsIn(file: string): string[];
  /** Every file that holds units. */
  files(): string[];
  /** Ids of the text units with this name. */
  named(name: string): string[];
  /** Whether the repository has this file (holding units or not). */
  hasFile(file: string): boolean;
}

/**
 * A contract's `prompt:` — and `history <prompt>` — resolved to unit ids:
 * `path#symbol`, an exact path, a glob, or a prompt name, in that order; the
 * first form that matches something wins. Empty when nothing matches.
 */
export function resolveSelector(index: SelectorIndex, selector: string): string[] {
  const hash = selector.indexOf('#');
  if (hash > 0) {
    const id = index.textUnit(selector.slice(0, hash), selector.slice(hash + 1));
    if (id) return [id];
  } else if (index.hasFile(selector)) {
    const ids = index.textUnitsIn(selector);
    if (ids.length) return ids;
  } else if (picomatch.scan(selector).isGlob) {
    const matches = picomatch(selector, { dot: true });
    const ids = index.files().filter((file) => matches(file)).sort().flatMap((file) => index.textUnitsIn(file));
    if (ids.length) return ids;
  }
  return index.named(selector);
}
