import { parse } from 'dotenv';
import type { Adapter, ExtractedUnit, Extraction } from '../../model/extraction.js';
import { textVariables } from './shared/text-variables.js';
import { readsAsInstructions } from './shared/prose.js';
import { compareText } from '../../model/compare-text.js';

/** `.env`, `.env.local`, `.env.production`… but not `.envrc` (a direnv shell script). */
const ENV_FILE = /(^|\/)\.env(\.[\w.-]+)?$/;

const PROMPT_NAME = /PROMPT|INSTRUCTION|PERSONA|SYSTEM_MESSAGE|PREAMBLE/i;

/** Where each variable is declared: `KEY=`, `export KEY=`, `KEY: value`, as dotenv reads them. */
const DECLARATION = /^[ \t]*(?:export[ \t]+)?([\w.-]+)(?:[ \t]*=|:[ \t])/gm;

/**
 * Environment files: a variable whose value reads like prompt text (the
 * anti-pattern of keeping a system prompt in `.env`) becomes a prompt unit,
 * symbol = variable name, flagged `env`, so code reading `process.env.X`
 * consumes it. Short config values (URLs, keys, numbers, flags) are not prompts.
 * Values are parsed by dotenv itself (quotes, `\n` escapes, multi-line values).
 */
export const envAdapter: Adapter = {
  name: 'env',
  matches: (path) => ENV_FILE.test(path),
  extract({ text }): Extraction {
    const values = parse(text);
    const declared = new Map<string, number>();
    let insideValueUntil = 0;
    // dotenv keeps the last declaration of a key; so does the range. A `Key: text` line inside a multi-line quoted value declares nothing.
    for (const match of text.matchAll(DECLARATION)) {
      if (match.index < insideValueUntil) continue;
      const offset = match.index + match[0].length;
      declared.set(match[1]!, offset);
      insideValueUntil = offset + quotedValueLength(text, offset);
    }
    const units: ExtractedUnit[] = [];
    for (const [variable, value] of Object.entries(values).sort(([left], [right]) => compareText(left, right))) {
      const offset = declared.get(variable);
      if (offset === undefined || !keptAsPrompt(value, variable)) continue;
      const start = lineOf(text, offset);
      units.push({
        symbol: variable,
        role: 'text',
        range: { start, end: start + valueLineSpan(text, offset) },
        format: 'env',
        variables: textVariables(value),
        text: value,
        flags: ['env'],
      });
    }
    return { units, references: [], diagnostics: [] };
  },
};

/**
 * Reads like prose: mostly plain words (`read:user`, `%(asctime)s`, `0 0 * * *` are not),
 * five or more on one line, or three or more across lines; never a URL or JSON. A variable
 * named as a prompt (`SYSTEM_PROMPT`, `AGENT_INSTRUCTIONS`) needs only two words:
 * `"You are a helpful assistant."` is the classic case.
 */
export function looksLikePrompt(value: string, variable = ''): boolean {
  const trimmed = value.trim();
  if (/^[a-z][\w+.-]*:\/\//i.test(trimmed) || /^[[{]/.test(trimmed)) return false;
  const tokens = trimmed.split(/\s+/).filter(Boolean);
  const words = tokens.filter((token) => /^["'(]?[A-Za-z][A-Za-z'’-]*[,.;:!?)"']*$/.test(token)).length;
  if (words < tokens.length * 0.6) return false;
  if (PROMPT_NAME.test(variable)) return words >= 2;
  if (trimmed.includes('\n')) return words >= 3;
  return words >= 5 && trimmed.length >= 30;
}

/**
 * A variable named as a prompt holding prose, or any variable whose value reads as
 * instructions to a model; a banner, a help text or a description a page shows
 * (`NEXT_PUBLIC_SITE_BANNER="You are viewing the beta site…"`) is neither.
 */
function keptAsPrompt(value: string, variable: string): boolean {
  if (!looksLikePrompt(value, variable)) return false;
  return PROMPT_NAME.test(variable) || readsAsInstructions(value, 4);
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Extra lines a value spans: a quoted value runs to its closing quote, which may be lines later. */
function valueLineSpan(text: string, offset: number): number {
  return (text.slice(offset, offset + quotedValueLength(text, offset)).match(/\n/g) ?? []).length;
}

/** Characters from `offset` to the closing quote of a quoted value; 0 for an unquoted or unclosed one. */
function quotedValueLength(text: string, offset: number): number {
  const leading = /^[ \t]*/.exec(text.slice(offset))![0].length;
  const quote = text[offset + leading];
  if (quote !== '"' && quote !== "'" && quote !== '`') return 0;
  for (let index = offset + leading + 1; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === quote) return index - offset;
  }
  return 0;
}
