import type { Suppression } from '../../model/schema/scan-result.js';
import { splitFrontMatter } from '../adapters/shared/front-matter.js';

const DIRECTIVE = 'promptgraph-ignore-next-line';
/** The directive and what follows it on its line, up to a comment's closing (`-->`, `#}`, a block comment's end, `}}`). */
const COMMENT = /promptgraph-ignore-next-line\b([^\n]*)/g;
const CLOSING = /\s*(?:-->|--\}\}|#\}|\*\/|\}\}|%\}).*$/;
const FRONT_MATTER_KEY = 'promptgraph-ignore';

/**
 * The audit suppressions one file writes: each `promptgraph-ignore-next-line
 * <rule>[, <rule>…]` comment in any comment syntax (`#`, `//`, a block comment,
 * `<!-- -->`, `{# #}`, `{{!-- --}}`), and a front matter `promptgraph-ignore: <rule>` (or a
 * list) for the whole of a prompt file; ` -- why` may follow the rules. Rules are kept as written: the audit
 * reports a suppression naming no rule, an unknown rule, or nothing it suppresses.
 */
export function findSuppressions(file: string, text: string): Suppression[] {
  if (!text.includes('promptgraph-ignore')) return [];
  const found: Suppression[] = [];
  for (const match of text.matchAll(COMMENT)) {
    const line = lineAt(text, match.index);
    // `-- why` after the rules is the author's reason, as ESLint reads it.
    const written = match[1]!.replace(CLOSING, '').split(/\s--\s/)[0]!;
    found.push({ file, line, scope: 'next-line', rules: ruleNames(written) });
  }
  const frontMatter = splitFrontMatter(file, text);
  if (Object.hasOwn(frontMatter.data, FRONT_MATTER_KEY)) {
    const value = frontMatter.data[FRONT_MATTER_KEY];
    const rules = (Array.isArray(value) ? value : [value]).flatMap((entry) =>
      typeof entry === 'string' ? ruleNames(entry) : [],
    );
    const line = text.split('\n').findIndex((candidate) => candidate.startsWith(`${FRONT_MATTER_KEY}:`)) + 1;
    found.push({ file, line: Math.max(line, 1), scope: 'file', rules });
  }
  return found;
}

const ruleNames = (written: string): string[] =>
  written
    .split(/[\s,]+/)
    .map((name) => name.trim())
    .filter((name) => name && name !== DIRECTIVE && !name.startsWith('--'));

const lineAt = (text: string, index: number): number => {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
};
