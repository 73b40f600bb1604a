import type { ArgumentText } from '../../model/extraction.js';
import type { ArgumentBinding, ParameterSlot } from '../../model/schema/scan-result.js';

/** An argument fills a parameter by position (and property, for an options object), or by keyword (Python `body=…`). */
const fills = (slot: ParameterSlot, argument: ArgumentText): boolean =>
  argument.keyword !== undefined
    ? slot.key === undefined && slot.name === argument.keyword
    : slot.index === argument.index && slot.key === argument.key;

/**
 * Binds a call's arguments to the parameters the called function writes into its
 * text. Only a bound argument is a dependency of the caller: an argument the
 * function never writes (a flag, an id) changes nothing in the composed text.
 */
export function bindCallArguments(
  parameters: readonly ParameterSlot[] | undefined,
  args: readonly ArgumentText[],
): { bindings: ArgumentBinding[]; bound: ArgumentText[] } {
  const bindings = new Map<string, string>();
  const bound = new Set<ArgumentText>();
  for (const slot of parameters ?? []) {
    const argument = args.find((candidate) => fills(slot, candidate));
    if (!argument) continue;
    bound.add(argument);
    if (!bindings.has(slot.name)) bindings.set(slot.name, argument.text);
  }
  return {
    bindings: [...bindings.keys()].sort().map((parameter) => ({ parameter, text: bindings.get(parameter)! })),
    bound: args.filter((argument) => bound.has(argument)),
  };
}
