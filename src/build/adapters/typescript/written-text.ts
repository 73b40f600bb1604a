import type { TextValue } from './ts-file.js';
import { textVariables } from '../shared/text-variables.js';
import { written as writtenValue } from '../text-value/text-value.js';

const FORMAT_FIELDS = /\{\{[^{}]*\}\}|(?<![$\w])\{[A-Za-z_]\w*\}/g;

/** Written text: `{name}` and `{{name}}` in it are template variables (LangChain, Mustache), not text of its own. */
export const written = (text: string): TextValue =>
  writtenValue(text, textVariables(text), /\S/.test(text.replace(FORMAT_FIELDS, '')));
