import type { Include } from '../shared/include.js';
import type { TextValue } from './text-value.js';

/**
 * One value for code that may produce either of several texts (`cond ? A : B`, a
 * function with several returns): the longest is the text, and every other
 * branch's includes stay as dependencies, so editing any branch reaches the users.
 */
export function either<Param>(values: TextValue<Param>[]): TextValue<Param> | undefined {
  if (values.length <= 1) return values[0];
  const primary = values.reduce((best, value) => (value.text.length > best.text.length ? value : best));
  const others = values.filter((value) => value !== primary);
  const extra = others
    .flatMap((value) => value.includes)
    .map(
      (include): Include =>
        include.placeholder && primary.text.includes(include.placeholder)
          ? include
          : { ...include, placeholder: undefined },
    );
  return {
    ...primary,
    includes: [...primary.includes, ...extra],
    variables: [...primary.variables, ...others.flatMap((value) => value.variables)],
    params: [...primary.params, ...others.flatMap((value) => value.params)],
    slots: [...primary.slots, ...others.flatMap((value) => value.slots)],
  };
}
