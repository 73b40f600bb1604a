import type { Node } from './syntax.js';
import { field } from './syntax.js';

export type StringPiece =
  | { kind: 'text'; value: string }
  /** An f-string `{expr}`: `source` is the whole interpolation as written, braces included. */
  | { kind: 'interpolation'; expression: Node; source: string };

/**
 * The pieces of one Python string literal, escapes decoded (unless raw) and, in an
 * f-string, `{{`/`}}` turned into the braces the model receives. Byte strings are
 * not prompt text: undefined.
 */
export function stringPieces(node: Node): StringPiece[] | undefined {
  const start = node.children.find((child) => child?.type === 'string_start');
  const prefix = (start?.text ?? '').replace(/['"]+$/, '').toLowerCase();
  if (prefix.includes('b')) return undefined;
  const raw = prefix.includes('r');
  const formatted = prefix.includes('f') || prefix.includes('t');
  const pieces: StringPiece[] = [];
  for (const child of node.children) {
    if (!child) continue;
    if (child.type === 'string_content') {
      let value = raw ? child.text : decodeEscapes(child.text);
      if (formatted) value = value.replace(/\{\{/g, '{').replace(/\}\}/g, '}');
      pushText(pieces, value);
    } else if (child.type === 'interpolation') {
      const expression = field(child, 'expression');
      if (expression) pieces.push({ kind: 'interpolation', expression, source: child.text });
    }
  }
  return pieces;
}

function pushText(pieces: StringPiece[], value: string): void {
  const last = pieces[pieces.length - 1];
  if (last?.kind === 'text') last.value += value;
  else pieces.push({ kind: 'text', value });
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '\n': '',
};

/** Python escape sequences; unknown ones stay as written, as Python keeps them. */
export function decodeEscapes(text: string): string {
  return text.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]*\}|[0-7]{1,3}|[\s\S])/g,
    (whole, code: string) => {
      if (code.length > 1 && /^[xuU]/.test(code)) return String.fromCodePoint(parseInt(code.slice(1), 16));
      if (/^[0-7]{1,3}$/.test(code) && code !== '0') return String.fromCodePoint(parseInt(code, 8));
      if (code.startsWith('N{')) return whole;
      return SIMPLE_ESCAPES[code] ?? whole;
    },
  );
}

/** `textwrap.dedent`: removes the common leading whitespace of all non-blank lines. */
export function dedent(text: string): string {
  const lines = text.split('\n');
  let common: string | undefined;
  for (const line of lines) {
    if (!line.trim()) continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (common === undefined || !indent.startsWith(common)) {
      let shared = 0;
      while (
        common !== undefined &&
        shared < common.length &&
        shared < indent.length &&
        common[shared] === indent[shared]
      )
        shared++;
      common = common === undefined ? indent : common.slice(0, shared);
    }
  }
  if (!common) return lines.map((line) => (line.trim() ? line : line.replace(/^[ \t]+$/, ''))).join('\n');
  return lines
    .map((line) => (line.startsWith(common) ? line.slice(common.length) : line.trim() ? line : ''))
    .join('\n');
}

/** `inspect.cleandoc`: dedent everything after the first line, strip blank edges. */
export function cleandoc(text: string): string {
  const [first = '', ...rest] = text.split('\n');
  return [first.trim(), ...dedent(rest.join('\n')).split('\n')].join('\n').replace(/^\n+|\n+$/g, '');
}

/** The text of a string literal with no interpolation; undefined for anything else (an f-string with fields, a name). */
export const literalText = (node: Node | undefined): string | undefined => {
  if (node?.type !== 'string') return undefined;
  const pieces = stringPieces(node);
  return pieces?.every((piece) => piece.kind === 'text')
    ? pieces.map((piece) => (piece.kind === 'text' ? piece.value : '')).join('')
    : undefined;
};
