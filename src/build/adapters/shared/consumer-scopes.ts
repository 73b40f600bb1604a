import type { LineRange } from '../../../model/schema/common.js';
import type { CallArgument, ExtractedUnit, Reference, Target } from '../../../model/extraction.js';
import { lineCount } from './lines.js';

const MODULE_SYMBOL = '<module>';

/** What a code adapter (TypeScript or Python) has gathered about one file's scopes. */
export interface ScopeFacts {
  units: ExtractedUnit[];
  references: Reference[];
  calls: CallArgument[];
  wrappers: { symbol: string; paramIndex: number; key?: string }[];
  /** Loads of a prompt named only at run time: their scopes consume all the same. */
  runTimeLoads: { symbol: string; line: number }[];
}

/**
 * A same-file function passing its parameter to a wrapper is a wrapper too. The
 * resolver finds this across files as well; doing it here keeps such a function
 * a consumer of its own rather than a candidate pruned for consuming nothing directly.
 */
export function propagateLocalWrappers(file: ScopeFacts): void {
  const key = (symbol: string, index: number, property?: string) => `${symbol}\0${index}\0${property ?? ''}`;
  const known = new Set(file.wrappers.map((wrapper) => key(wrapper.symbol, wrapper.paramIndex, wrapper.key)));
  const add = (symbol: string, paramIndex: number, property: string | undefined): boolean => {
    if (known.has(key(symbol, paramIndex, property))) return false;
    known.add(key(symbol, paramIndex, property));
    file.wrappers.push({ symbol, paramIndex, ...(property ? { key: property } : {}) });
    return true;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const call of file.calls) {
      if (call.callee.type !== 'local' || call.arg.type !== 'param') continue;
      const callee = call.callee.symbol;
      if (known.has(key(callee, call.argIndex)) || known.has(key(callee, call.argIndex, call.argKey)))
        changed = add(call.from, call.arg.index, call.arg.key) || changed;
      // `outer(options) => ask(options)`: the whole options object carries every property `ask` sends.
      if (call.argKey !== undefined || call.arg.key !== undefined) continue;
      for (const wrapper of [...file.wrappers])
        if (wrapper.symbol === callee && wrapper.paramIndex === call.argIndex && wrapper.key)
          changed = add(call.from, call.arg.index, wrapper.key) || changed;
    }
  }
}

/**
 * The scopes that are consumers, sorted, and those certainly so. A scope that
 * only calls other functions, only reads environment variables (usually an API
 * key), or only sends an imported name (any helper) or what an imported function
 * returns (a `throughCall` unit) is a candidate, kept once it turns out to consume a prompt.
 */
export function consumerSymbols(file: ScopeFacts): { symbols: string[]; certain: ReadonlySet<string> } {
  const consuming = file.references.filter((reference) => reference.kind === 'consumes');
  const throughCall = new Set(file.units.filter((unit) => unit.throughCall).map((unit) => unit.symbol));
  const weak = (target: Target) =>
    target.type === 'env' ||
    target.type === 'export' ||
    target.type === 'setting' ||
    (target.type === 'files' && target.configuration === true) ||
    (target.type === 'local' && throughCall.has(target.symbol));
  const certain = new Set([
    ...consuming.filter((reference) => !weak(reference.target)).map((reference) => reference.from!),
    ...file.wrappers.map((wrapper) => wrapper.symbol),
    ...file.runTimeLoads.map((load) => load.symbol),
  ]);
  const symbols = new Set([
    ...certain,
    ...consuming.map((reference) => reference.from!),
    ...file.calls.map((call) => call.from),
  ]);
  return { symbols: [...symbols].sort(), certain };
}

/**
 * Top-level code spans the lines of its own model calls and loads, not the whole
 * file: editing a constant elsewhere in the file must not change the `<module>` consumer.
 */
export function moduleRange(file: ScopeFacts, text: string): LineRange {
  const lines = [
    ...file.references
      .filter((reference) => reference.from === MODULE_SYMBOL && reference.kind === 'consumes')
      .map((reference) => reference.line),
    ...file.calls.filter((call) => call.from === MODULE_SYMBOL).map((call) => call.line),
    ...file.runTimeLoads.filter((load) => load.symbol === MODULE_SYMBOL).map((load) => load.line),
  ];
  return lines.length ? { start: Math.min(...lines), end: Math.max(...lines) } : { start: 1, end: lineCount(text) };
}
