import type { Config } from '../../../model/schema/config.js';

/** Names that say "this is prompt text", so the constant is a prompt even before anything uses it (extract-module.ts). */
export const PROMPT_NAME = /prompt|instruction|system|persona|preamble|template|guideline|rules/i;
/** Words prompt text and its names are made of: those names, and the dedent tags prompt text is written with. */
const PROMPT_WORDS = new RegExp(`${PROMPT_NAME.source}|dedent|stripIndent|outdent`, 'i');

/** Model calls, loaders (nunjucks among them), registry fetches and environment reads that make code a consumer. */
const CONSUMER_APIS =
  /generate(Text|Object|Content)|stream(Text|Object)|completions|responses\.|messages\.(create|stream)|Agent\b|Message\b|\.generate|readFile|readTextFile|Bun\.file|process\.env|import\.meta\.env|Deno\.env|templates\.get|invoke|initFunction|completionConfig|\.prompts?\.|\bpull\(|\bnunjucks\b/;

/** Barrels and re-exports: the resolver follows imports through them. */
const REEXPORT = /\bexport\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\b|\bexports\b[^;\n]*\brequire\s*\(/;

/**
 * A cheap textual test before any parsing: a file with no prompt-like word, no
 * consumer API, no re-export and no configured loader call has nothing to find.
 * Files it rejects are still read when an extracted file imports text from them
 * or they import a module declaring wrappers (see `importedSpecifiers`).
 */
export function worthParsing(text: string, config: Config): boolean {
  return (
    PROMPT_WORDS.test(text) ||
    CONSUMER_APIS.test(text) ||
    REEXPORT.test(text) ||
    config.loaders.some((loader) => text.includes(loader.call))
  );
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;

/** The module specifiers a file imports, read textually (`from '…'`, `import('…')`, `require('…')`), in order, without duplicates. */
export function importedSpecifiers(text: string): string[] {
  return [...new Set([...text.matchAll(SPECIFIER)].map((match) => match[2]!))];
}

/**
 * A minified or generated bundle: long lines and few of them. Parsing one costs a
 * lot and finds code nobody edits by hand, so it is skipped with a note.
 */
export function looksGenerated(text: string): boolean {
  if (text.length < 50_000) return false;
  let lines = 1;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) lines++;
  return text.length / lines > 300;
}
