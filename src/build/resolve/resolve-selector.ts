import picomatch from 'picomatch';
import { compileGlob } from '../../model/glob/compile-glob.js';

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
  /** Every text unit that has a symbol, with it. */
  symbols(): { id: string; symbol: string }[];
  /** Whether the repository has this file (holding units or not). */
  hasFile(file: string): boolean;
}

export interface SelectorMatch {
  /** The unit ids selected; empty when nothing (or nothing unambiguous) matches. */
  ids: string[];
  /** Set when only a symbol name matched, and it names several units: the candidates, sorted. */
  ambiguous?: string[];
}

/**
 * A contract's `prompt:` — and `history <prompt>` — resolved to unit ids:
 * `path#symbol`, an exact path, a glob, a prompt name, then a symbol name
 * (`CHAT_SYSTEM`; failing an exact one, the last segment of `Class.attr`), in
 * that order; the first form that matches something wins. A symbol name must
 * be unique: one held by several units selects none and lists them, since the
 * same constant name in two modules is two different prompts.
 */
export function resolveSelector(index: SelectorIndex, selector: string): SelectorMatch {
  const hash = selector.indexOf('#');
  if (hash > 0) {
    const id = index.textUnit(selector.slice(0, hash), selector.slice(hash + 1));
    if (id) return { ids: [id] };
  } else if (index.hasFile(selector)) {
    const ids = index.textUnitsIn(selector);
    if (ids.length) return { ids };
  } else if (picomatch.scan(selector).isGlob) {
    // A contract's glob comes from the repository: matched in linear time, and one the matcher refuses selects nothing.
    const glob = compileGlob(selector);
    const ids = index
      .files()
      .filter((file) => glob.ok && glob.match(file))
      .sort()
      .flatMap((file) => index.textUnitsIn(file));
    if (ids.length) return { ids };
  }
  const named = index.named(selector);
  if (named.length || hash > 0) return { ids: named };
  return bySymbol(index, selector);
}

function bySymbol(index: SelectorIndex, name: string): SelectorMatch {
  const symbols = index.symbols();
  const exact = symbols.filter((entry) => entry.symbol === name);
  const candidates = exact.length
    ? exact
    : symbols.filter((entry) => entry.symbol.slice(entry.symbol.lastIndexOf('.') + 1) === name);
  const ids = [...new Set(candidates.map((entry) => entry.id))].sort();
  if (ids.length <= 1) return { ids };
  return { ids: [], ambiguous: ids };
}
