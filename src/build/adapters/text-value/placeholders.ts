import type { TextValue } from './text-value.js';

/** The value is one include and nothing else: its text is that include's placeholder. */
export const onlyInclude = <Param>(value: TextValue<Param>) => {
  const only = value.includes.length === 1 ? value.includes[0]! : undefined;
  return only && value.text === only.placeholder ? only : undefined;
};

/**
 * The bare result of a call that is no file read (`client.fetch()`): one include
 * under its placeholder, which only the resolver can tell is text. A file's text
 * (`open('system.txt').read()`, `readFileSync(…)`) is text.
 */
export const onlyCallResult = <Param>(value: TextValue<Param>): boolean =>
  onlyInclude(value) !== undefined && value.includes[0]!.target.type !== 'file';

/**
 * An interpolation kept as written in the source (`${PERSONA}`, `{x!r}`): a value
 * that is one include gets `source` as its placeholder; a parameter gets it as
 * its text and slot, for a call's argument to fill. Undefined for any other value.
 */
export function writtenAs<Param>(
  value: TextValue<Param>,
  source: string,
  isParameter: (value: TextValue<Param>) => boolean,
): TextValue<Param> | undefined {
  const only = onlyInclude(value);
  if (only) return { ...value, text: source, includes: [{ ...only, placeholder: source }] };
  if (!isParameter(value)) return undefined;
  return {
    ...value,
    text: source,
    slots: value.slots.map((slot) => (slot.placeholder === value.text ? { ...slot, placeholder: source } : slot)),
  };
}

/**
 * The graph keeps one include edge per unit and target, so one placeholder per
 * target: `${LEGACY_TONE}` and `${tone.LEGACY_TONE}` naming the same export are
 * written with the first spelling, and composition fills both. Calls
 * (`${section('Task', A)}`, `${section('Rules', B)}`) stay apart.
 */
export function onePlaceholderPerTarget<Param>(value: TextValue<Param>): TextValue<Param> {
  const first = new Map<string, string>();
  let text = value.text;
  let variants = value.variants;
  const includes = value.includes.map((include) => {
    // Each call of a function keeps its own placeholder: its arguments differ.
    if (!include.placeholder || include.arguments) return include;
    const key = JSON.stringify(include.target);
    const chosen = first.get(key);
    if (chosen === undefined) first.set(key, include.placeholder);
    else if (chosen !== include.placeholder) {
      const spelled = include.placeholder;
      text = text.split(spelled).join(chosen);
      variants = variants?.map((variant) => variant.split(spelled).join(chosen));
      return { ...include, placeholder: chosen };
    }
    return include;
  });
  return { ...value, text, includes, ...(variants ? { variants } : {}) };
}
