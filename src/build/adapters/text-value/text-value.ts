import type { ParameterSlot } from '../../../model/schema/scan-result.js';
import type { Include } from '../shared/include.js';

/**
 * What evaluating code gives for an expression that may build prompt text, in any
 * language: its text with other units' text left under placeholders (its
 * includes), unknown values visible as written (its variables), and where the
 * enclosing function's parameters reach it. Each language turns its own syntax
 * into these values; how values combine is written once, here. `Param` is how a
 * language names a parameter (a Python position, a TypeScript position and
 * options key).
 */
export interface TextValue<Param> {
  text: string;
  includes: Include[];
  variables: string[];
  /** Parameters of the enclosing function that reach the text (wrappers). */
  params: Param[];
  /** Where parameters of the enclosing function are written in the text, for calls to bind (a function returning text). */
  slots: ParameterSlot[];
  /** Some text is written out, not only placeholders of other text or of unknown values. */
  literal: boolean;
  /**
   * For code that produces one of several texts (a function with several returns,
   * `cond ? A : B`): each branch's text, in source order, with the same
   * placeholders as `text` (which is one of them). Composition and impact treat
   * them as a set, so editing one branch changes that branch only. Absent for one text.
   */
  variants?: string[];
}

export const empty = <Param>(): TextValue<Param> => ({
  text: '',
  includes: [],
  variables: [],
  params: [],
  slots: [],
  literal: false,
});

/** Text written in the source; `variables` are the template fields in it (`{name}`), which the language knows. */
export const written = <Param>(text: string, variables: string[], literal: boolean): TextValue<Param> => ({
  text,
  includes: [],
  variables,
  params: [],
  slots: [],
  literal,
});

/** Another unit's text (or a file's), under the placeholder the include names. */
export const included = <Param>(include: Include & { placeholder: string }): TextValue<Param> => ({
  text: include.placeholder,
  includes: [include],
  variables: [],
  params: [],
  slots: [],
  literal: false,
});

/** A value known only at run time, shown as written (`{ticket.body}`): a variable, and where a parameter is, a slot. */
export const visible = <Param>(
  text: string,
  variables: string[],
  params: Param[] = [],
  slots: ParameterSlot[] = [],
): TextValue<Param> => ({ text, includes: [], variables, params, slots, literal: false });

/**
 * Values one after the other (`a + b`, an f-string's pieces, `sep.join(items)`), their bookkeeping kept in order.
 * The result is one text: a branching part (`(a ? X : Y) + Z`) contributes the text it stands for.
 */
export function concat<Param>(values: TextValue<Param>[], separator = ''): TextValue<Param> {
  return {
    text: values.map((value) => value.text).join(separator),
    includes: values.flatMap((value) => value.includes),
    variables: values.flatMap((value) => value.variables),
    params: values.flatMap((value) => value.params),
    slots: values.flatMap((value) => value.slots),
    literal: values.some((value) => value.literal) || (values.length > 1 && /\S/.test(separator)),
  };
}

/** The same value with its text (and each branch's) changed where placeholders cannot be touched (dedent, a trim, a tag's transform). */
export const mapText = <Param>(
  value: TextValue<Param> | undefined,
  change: (text: string) => string,
): TextValue<Param> | undefined =>
  value
    ? { ...value, text: change(value.text), ...(value.variants ? { variants: value.variants.map(change) } : {}) }
    : undefined;

/**
 * A template with fields filled (`'%s' % x`, `.format(a=X)`): `text` is the
 * template's text after filling, and the values `used` to fill it add their
 * bookkeeping after the template's own.
 */
export function filled<Param>(template: TextValue<Param>, text: string, used: TextValue<Param>[]): TextValue<Param> {
  return {
    text,
    includes: [...template.includes, ...used.flatMap((value) => value.includes)],
    variables: [...template.variables, ...used.flatMap((value) => value.variables)],
    params: [...template.params, ...used.flatMap((value) => value.params)],
    slots: [...template.slots, ...used.flatMap((value) => value.slots)],
    literal: template.literal || used.some((value) => value.literal),
  };
}
