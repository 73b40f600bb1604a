import type { Include, TextValue } from './ts-file.js';
import { textVariables } from '../shared/text-variables.js';

const FORMAT_FIELDS = /\{\{[^{}]*\}\}|(?<![$\w])\{[A-Za-z_]\w*\}/g;
export const empty = (): TextValue => ({
  text: '',
  includes: [],
  variables: [],
  params: [],
  slots: [],
  literal: false,
});
/** Written text: `{name}` and `{{name}}` in it are template variables (LangChain, Mustache), not text of its own. */
export const written = (text: string): TextValue => ({
  text,
  includes: [],
  variables: textVariables(text),
  params: [],
  slots: [],
  literal: /\S/.test(text.replace(FORMAT_FIELDS, '')),
});

export function concat(values: TextValue[], separator = ''): TextValue {
  return {
    text: values.map((value) => value.text).join(separator),
    includes: values.flatMap((value) => value.includes),
    variables: values.flatMap((value) => value.variables),
    params: values.flatMap((value) => value.params),
    slots: values.flatMap((value) => value.slots),
    literal: values.some((value) => value.literal) || (values.length > 1 && /\S/.test(separator)),
  };
}

export const mapText = (value: TextValue | undefined, change: (text: string) => string): TextValue | undefined =>
  value ? { ...value, text: change(value.text) } : undefined;

/**
 * One value for code that may produce either of several texts (`cond ? A : B`, a
 * function with several returns): the longest is the text, and every other
 * branch's includes stay as dependencies, so editing any branch reaches the users.
 */
export function either(values: TextValue[]): TextValue | undefined {
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

/**
 * The graph keeps one include edge per unit and target, so one placeholder per
 * target: `${LEGACY_TONE}` and `${tone.LEGACY_TONE}` naming the same export are
 * written with the first spelling, and composition fills both. Calls
 * (`${section('Task', A)}`, `${section('Rules', B)}`) stay apart.
 */
export function onePlaceholderPerTarget(value: TextValue): TextValue {
  const first = new Map<string, string>();
  let text = value.text;
  const includes = value.includes.map((include) => {
    // Each call of a function keeps its own placeholder: its arguments differ.
    if (!include.placeholder || include.arguments) return include;
    const key = JSON.stringify(include.target);
    const chosen = first.get(key);
    if (chosen === undefined) first.set(key, include.placeholder);
    else if (chosen !== include.placeholder) {
      text = text.split(include.placeholder).join(chosen);
      return { ...include, placeholder: chosen };
    }
    return include;
  });
  return { ...value, text, includes };
}
