import type { ArgumentInclude, ArgumentText, Reference, Target } from '../../../model/extraction.js';

/** A dependency of evaluated code text (TypeScript or Python): what it reads, where, and under which placeholder. */
export interface Include {
  /** Exact text in `text` the target's composed text replaces; undefined for a dependency with no place in the text. */
  placeholder: string | undefined;
  target: Target;
  line: number;
  /** 1-based; 0 where the adapter knows no column. */
  column: number;
  label: string;
  /** For a call of a function returning text: its arguments, as text of the calling unit. */
  arguments?: ArgumentText[];
}

/** An include as an argument's text carries it: what the resolver adds to the caller when the argument is bound. */
export const argumentInclude = (include: Include): ArgumentInclude => ({
  target: include.target,
  ...(include.placeholder !== undefined ? { placeholder: include.placeholder } : {}),
  line: include.line,
  ...(include.column ? { column: include.column } : {}),
  label: include.label,
  ...(include.arguments ? { arguments: include.arguments } : {}),
});

/** Unit `from` includes what `include` reads; `line` where the include knows none (an include built by the adapter). */
export function includeReference(from: string, include: Include, line = include.line): Reference {
  // An empty placeholder marks no place in the text: a reference has a placeholder only where one is written.
  const { placeholder, ...rest } = argumentInclude({ ...include, line: include.line || line });
  return { kind: 'includes', from, ...rest, ...(placeholder ? { placeholder } : {}) };
}
