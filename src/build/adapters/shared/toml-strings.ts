import { lineLocator } from './lines.js';

/** A string value of a configuration file: its key path, its text and its lines (1-based). */
export interface ConfigString {
  keys: string[];
  value: string;
  start: number;
  end: number;
}

/**
 * The string values of a TOML file with their key paths (`[pr_review_prompt]`
 * then `system = """…"""` is `pr_review_prompt.system`) and lines. Only what a
 * prompt can be is read: tables, dotted keys, the four string forms; other values
 * (numbers, arrays, inline tables) are skipped. A malformed line is skipped, never
 * an error: the file is a settings file first, read for its prompts.
 */
export function tomlStrings(text: string): ConfigString[] {
  const found: ConfigString[] = [];
  let table: string[] = [];
  let offset = 0;
  const lineAt = lineLocator(text);
  while (offset < text.length) {
    offset = skipBlank(text, offset);
    if (offset >= text.length) break;
    const char = text[offset]!;
    if (char === '#') {
      offset = endOfLine(text, offset);
      continue;
    }
    if (char === '[') {
      const close = text.indexOf(']', offset);
      const header = text.slice(offset, close === -1 ? endOfLine(text, offset) : close).replace(/^\[+/, '');
      table = splitKey(header);
      offset = endOfLine(text, offset);
      continue;
    }
    const equals = keyEnd(text, offset);
    if (equals === -1) {
      offset = endOfLine(text, offset);
      continue;
    }
    const keys = [...table, ...splitKey(text.slice(offset, equals))];
    const valueStart = skipSpaces(text, equals + 1);
    const value = readString(text, valueStart);
    if (value) {
      found.push({ keys, value: value.text, start: lineAt(offset), end: lineAt(value.end - 1) });
      offset = endOfLine(text, value.end);
    } else {
      offset = skipValue(text, valueStart);
    }
  }
  return found;
}

const QUOTED_KEY = /"((?:[^"\\]|\\.)*)"|'([^']*)'|([^.\s"']+)/g;

function splitKey(raw: string): string[] {
  return [...raw.trim().matchAll(QUOTED_KEY)].map((match) => match[1] ?? match[2] ?? match[3]!).filter(Boolean);
}

/** The offset of the `=` ending the key at `offset`, or -1 on this line. */
function keyEnd(text: string, offset: number): number {
  for (let at = offset; at < text.length && text[at] !== '\n'; at++) {
    if (text[at] === '=') return at;
    if (text[at] === '"' || text[at] === "'") at = text.indexOf(text[at]!, at + 1);
    if (at === -1) return -1;
  }
  return -1;
}

function readString(text: string, offset: number): { text: string; end: number } | undefined {
  for (const delimiter of ['"""', "'''", '"', "'"]) {
    if (!text.startsWith(delimiter, offset)) continue;
    const basic = delimiter.startsWith('"');
    let at = offset + delimiter.length;
    while (at < text.length && !text.startsWith(delimiter, at)) at += basic && text[at] === '\\' ? 2 : 1;
    // `""""` ends a multi-line string with a quote inside: the closing delimiter is the last three.
    while (delimiter.length === 3 && text[at + 3] === delimiter[0]) at++;
    let raw = text.slice(offset + delimiter.length, at);
    if (delimiter.length === 3) raw = raw.replace(/^\r?\n/, '');
    return { text: basic ? decodeBasic(raw, delimiter.length === 3) : raw, end: at + delimiter.length };
  }
  return undefined;
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\', b: '\b', f: '\f' };

function decodeBasic(raw: string, multiLine: boolean): string {
  const trimmed = multiLine ? raw.replace(/\\\r?\n\s*/g, '') : raw;
  return trimmed.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, code: string) =>
    code.length > 1 ? String.fromCodePoint(Number.parseInt(code.slice(1), 16)) : (ESCAPES[code] ?? code),
  );
}

/** Past a non-string value: to the end of the line, or of a bracketed value spanning lines. */
function skipValue(text: string, offset: number): number {
  let depth = 0;
  let at = offset;
  for (; at < text.length; at++) {
    const char = text[at]!;
    if (char === '"' || char === "'") {
      const string = readString(text, at);
      at = (string?.end ?? text.length) - 1;
    } else if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    else if (char === '#') at = endOfLine(text, at) - 1;
    else if (char === '\n' && depth <= 0) return at + 1;
  }
  return at;
}

const skipBlank = (text: string, offset: number): number => {
  let at = offset;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
};
const skipSpaces = (text: string, offset: number): number => {
  let at = offset;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
};
const endOfLine = (text: string, offset: number): number => {
  const newline = text.indexOf('\n', offset);
  return newline === -1 ? text.length : newline + 1;
};
