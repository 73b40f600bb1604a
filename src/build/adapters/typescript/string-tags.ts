/**
 * What the usual template tags and helpers do to prompt text: `dedent` / `ts-dedent`,
 * `outdent`, and common-tags' `stripIndent`, `stripIndents`, `oneLine`… Placeholders
 * never span lines, so re-indenting text keeps them intact.
 */
const minimumIndent = (lines: string[]): number =>
  Math.min(...lines.filter((line) => line.trim()).map((line) => /^[ \t]*/.exec(line)![0].length), Infinity);

function stripCommonIndent(text: string): string {
  const lines = text.split('\n');
  const indent = minimumIndent(lines);
  return Number.isFinite(indent)
    ? lines.map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length))).join('\n')
    : text;
}

/** `dedent`, `stripIndent`, `codeBlock`: the least indentation removed from every line, then trimmed. */
const dedent = (text: string): string => stripCommonIndent(text).trim();

/** `outdent`: the first line's indentation removed from every line, and the leading and trailing line breaks. */
function outdent(text: string): string {
  const body = text.replace(/^[ \t]*\n/, '').replace(/\n[ \t]*$/, '');
  const indent = /^[ \t]*/.exec(body)![0].length;
  return body
    .split('\n')
    .map((line) => line.slice(Math.min(indent, /^[ \t]*/.exec(line)![0].length)))
    .join('\n');
}

/** A Map, not an object literal: a tag or helper named `toString` must not find Object.prototype's method. */
const TAGS = new Map<string, (text: string) => string>([
  ['dedent', dedent],
  ['stripIndent', dedent],
  ['codeBlock', dedent],
  ['source', dedent],
  ['outdent', outdent],
  [
    'stripIndents',
    (text) =>
      text
        .split('\n')
        .map((line) => line.trimStart())
        .join('\n')
        .trim(),
  ],
  ['oneLine', (text) => text.replace(/(?:\n\s*)+/g, ' ').trim()],
  ['oneLineTrim', (text) => text.replace(/\n\s*/g, '').trim()],
]);

/** Tags whose template is code or markup, never prompt text: styled-components, SQL, GraphQL, lit-html. */
const NOT_PROMPT_TAGS =
  /^(?:css|sql|gql|graphql|html|svg|keyframes|createGlobalStyle|injectGlobal|styled|tw|Prisma\.sql|\$)(?:\.|$|\()|^styled\b/;

/** How a tag or helper (by its written name, `dedent` or `common.dedent`) changes text; `undefined`: it does nothing known. */
export function textTransform(name: string): ((text: string) => string) | undefined {
  return TAGS.get(name.slice(name.lastIndexOf('.') + 1));
}

/** Is this tag (as written) one whose template holds code or markup rather than prompt text? */
export const isCodeTag = (name: string): boolean => NOT_PROMPT_TAGS.test(name);
