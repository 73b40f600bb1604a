import type { TextValue } from './python-file.js';
import { type callArguments, namedChildren, type Node } from './syntax.js';
import { dictionaryEntries } from './dictionary-entry.js';
import { filled } from '../text-value/text-value.js';

// The fields of Python format strings: `{name}`, `%(name)s`, and `.format` arguments the template does not show.

/** `{name}` in a plain string: a `.format` / LangChain / Jinja-style variable. */
export const FORMAT_FIELD = /\{\{?\s*([A-Za-z_][A-Za-z0-9_]*)\s*(?:![rsa])?(?::[^{}]*)?\}\}?/g;
export const PERCENT_FIELD = /%(?:\(([A-Za-z_][A-Za-z0-9_]*)\))?[-#0 +]*\d*(?:\.\d+)?[sdrifgx]/g;

export const fieldNames = (text: string): string[] =>
  [...text.matchAll(FORMAT_FIELD)].filter((match) => !match[0].startsWith('{{')).map((match) => match[1]!);

export function percentFormat(template: TextValue, right: Node, part: (child: Node) => TextValue): TextValue {
  const positional = right.type === 'tuple' ? namedChildren(right) : right.type === 'dictionary' ? [] : [right];
  const keyed = dictionaryEntries(right);
  const used: TextValue[] = [];
  let index = 0;
  const text = template.text.replace(PERCENT_FIELD, (whole, name: string | undefined) => {
    const argument = name ? keyed.get(name) : positional[index++];
    if (!argument) return whole;
    const value = part(argument);
    used.push(value);
    return value.text;
  });
  return filled(template, text, used);
}

/**
 * Arguments `.format` gets for fields the template does not show: its text is
 * another unit's or a parameter's (`prompt.format(shell=SHELL)`, `P.system.format(…)`),
 * whose fields are there at run time. Each is a dependency of the result without a
 * place in its text, so editing it reaches whoever sends the formatted prompt.
 */
export function unseenFields(
  template: TextValue,
  args: ReturnType<typeof callArguments>,
  filledKeys: Set<string>,
  part: (child: Node) => TextValue,
): TextValue[] {
  if (!template.includes.some((include) => include.placeholder) && !template.params.length) return [];
  const unseen = [
    ...args.positional.filter((_, index) => !filledKeys.has(`#${index}`)),
    ...[...args.keywords].filter(([key]) => !filledKeys.has(key)).map(([, value]) => value),
  ];
  return unseen.map((argument) => {
    const value = part(argument);
    const includes = value.includes.map((include) => ({ ...include, placeholder: undefined }));
    return { ...value, text: '', includes, variables: [], slots: [], literal: false };
  });
}
