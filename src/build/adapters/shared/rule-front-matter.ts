import type { Diagnostic } from '../../../model/schema/common.js';

export interface RuleFrontMatter {
  /** Each key's value: a string, or a list (a YAML list or `[a, b]`). */
  fields: Map<string, string | string[]>;
  body: string;
  /** Offset of the body in the file's text. */
  bodyOffset: number;
  diagnostics: Diagnostic[];
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

/**
 * Front matter of agent rule files, read line by line rather than as YAML:
 * Cursor documents `globs: **\/*.ts, src/**` unquoted, which is not valid YAML
 * (a leading `*` is an alias), and Copilot's `applyTo` is often written the same
 * way. Each `key: value` line is a field; `- item` lines under a key with no
 * value, and a `[a, b]` value, are lists; surrounding quotes are dropped.
 */
export function readRuleFrontMatter(file: string, text: string): RuleFrontMatter {
  const fields = new Map<string, string | string[]>();
  const opening = OPENING.exec(text);
  if (!opening) return { fields, body: text, bodyOffset: 0, diagnostics: [] };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    return {
      fields,
      body: text,
      bodyOffset: 0,
      diagnostics: [
        {
          severity: 'error',
          code: 'malformed-front-matter',
          file,
          line: 1,
          column: 1,
          message: 'front matter opened with --- is never closed; add a closing --- line',
        },
      ],
    };
  }
  let listKey: string | undefined;
  for (const line of rest.slice(0, closing.index).split(/\r?\n/)) {
    const item = /^\s+-\s*(.*)$/.exec(line);
    if (item && listKey) {
      const list = fields.get(listKey);
      fields.set(listKey, [...(Array.isArray(list) ? list : []), unquote(item[1]!)]);
      continue;
    }
    const field = /^([\w-]+)\s*:\s*(.*)$/.exec(line);
    if (!field) continue;
    const [, key, raw] = field as unknown as [string, string, string];
    const value = raw.replace(/\s+#.*$/, '').trim();
    listKey = value === '' ? key : undefined;
    if (value === '') fields.set(key, []);
    else if (value.startsWith('[') && value.endsWith(']'))
      fields.set(key, splitList(value.slice(1, -1)).map(unquote).filter(Boolean));
    else fields.set(key, unquote(value));
  }
  const afterClosing = rest.slice(closing.index + closing[0].length).replace(/^\r?\n/, '');
  return { fields, body: afterClosing, bodyOffset: text.length - afterClosing.length, diagnostics: [] };
}

/** Glob lists written as one string: `a, b` split on commas outside braces (`*.{ts,tsx}` stays one). */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of value) {
    if (character === '{') depth++;
    if (character === '}') depth = Math.max(0, depth - 1);
    if (character === ',' && depth === 0) {
      items.push(current.trim());
      current = '';
    } else current += character;
  }
  items.push(current.trim());
  return items.filter(Boolean);
}

/** A field as a list of globs: a list as is, a string split on commas. */
export function globsOf(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value.flatMap(splitList) : splitList(value)).map(unquote).filter(Boolean);
}

const unquote = (value: string): string => value.trim().replace(/^(['"])(.*)\1$/, '$2');
