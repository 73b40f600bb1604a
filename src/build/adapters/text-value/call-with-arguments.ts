import type { ArgumentText } from '../../../model/extraction.js';
import { argumentInclude } from '../shared/include.js';
import type { TextValue } from './text-value.js';

/** One argument of a call: where it goes (position, options key or keyword) and its value as the caller's text. */
export interface GivenArgument<Param> {
  argument: Omit<ArgumentText, 'text' | 'includes'>;
  value: TextValue<Param>;
}

/**
 * A call of a function returning text (`section('Task', CLASSIFY_TASK)`), given
 * the include made of the callee: the include now carries each argument as text
 * of the caller, for the resolver to bind to the function's parameters. The
 * arguments' variables, parameters and parameter slots are the caller's: a value
 * known only at run time shows in the composed text as written (`${ticket.body}`).
 */
export function callWithArguments<Param>(callee: TextValue<Param>, given: GivenArgument<Param>[]): TextValue<Param> {
  const args = given.map(({ argument, value }) => ({
    ...argument,
    text: value.text,
    includes: value.includes.map(argumentInclude),
  }));
  // A callee that is one of several functions (`active.render(…)` of `active = modern ? a : b`): each gets the arguments.
  return {
    ...callee,
    includes: callee.includes.map((include) => ({ ...include, arguments: args })),
    variables: given.flatMap(({ value }) => value.variables),
    params: given.flatMap(({ value }) => value.params),
    slots: given.flatMap(({ value }) => value.slots),
  };
}
