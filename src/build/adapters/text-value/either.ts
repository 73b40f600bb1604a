import type { Include } from '../shared/include.js';
import type { TextValue } from './text-value.js';

/**
 * One value for code that may produce either of several texts (`cond ? A : B`, a
 * function with several returns). Its `variants` are the branches' texts, in
 * source order, each composed and compared on its own; its `text` is the longest
 * (what a unit including it composes with). Every branch's includes, variables,
 * parameters and slots are the value's: an include keeps its placeholder when a
 * branch writes it, so editing any branch reaches the users.
 */
export function either<Param>(values: TextValue<Param>[]): TextValue<Param> | undefined {
  if (values.length <= 1) return values[0];
  const primary = values.reduce((best, value) => (value.text.length > best.text.length ? value : best));
  const others = values.filter((value) => value !== primary);
  const variants = [...new Set(values.flatMap((value) => value.variants ?? [value.text]))];
  const written = (placeholder: string) => variants.some((variant) => variant.includes(placeholder));
  const extra = others
    .flatMap((value) => value.includes)
    .map(
      (include): Include =>
        include.placeholder && written(include.placeholder) ? include : { ...include, placeholder: undefined },
    );
  return {
    ...primary,
    includes: [...primary.includes, ...extra],
    variables: [...primary.variables, ...others.flatMap((value) => value.variables)],
    params: [...primary.params, ...others.flatMap((value) => value.params)],
    slots: [...primary.slots, ...others.flatMap((value) => value.slots)],
    ...(variants.length > 1 ? { variants } : {}),
  };
}
