/** Markdown that prompt text, ids and commit subjects cannot break out of. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Characters a file name may hold that reorder or hide what a reviewer reads:
 * right-to-left and other bidirectional overrides (`\u202E` makes `evil.txt`
 * read as `txt.live`), and control characters. Shown as `<U+202E>`.
 */
const INVISIBLE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it shows
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
/** Line breaks, every kind: in a name they would end a table row, a list item or a diagram label. */
const LINE_BREAK = /\r\n|[\r\n\u0085\u2028\u2029]/g;

/** `text` with bidirectional overrides and control characters made visible (`<U+202E>`); line breaks stay. */
export const showInvisible = (text: string): string =>
  text.replace(INVISIBLE, (char) => `<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>`);

/** A name on one line: invisible characters shown, each line break a visible `⏎`. */
export const oneLine = (text: string): string => showInvisible(text).replace(LINE_BREAK, '⏎');

/** Table cells: pipes and newlines would end the cell; HTML would render. */
export const cell = (text: string): string => escapeText(text).replace(/\|/g, '\\|').replace(LINE_BREAK, ' ');

/** Inline code: a backtick would end the span, a pipe a table cell, a line break the row. */
export const code = (text: string): string => `\`${oneLine(text).replace(/`/g, 'ˋ').replace(/\|/g, '\\|')}\``;

/** Running text: HTML and Markdown emphasis, links and code stay literal; invisible characters are shown. */
export const escapeText = (text: string): string => escapeHtml(showInvisible(text)).replace(/([\\*_[\]`])/g, '\\$1');

/** A fenced block longer than any backtick run inside it, so a diff holding ``` cannot close it. */
export function fenced(language: string, body: string): string {
  const fence = '`'.repeat(Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence}${language}\n${body.trimEnd()}\n${fence}`;
}

/** Table cells of our own Markdown (rule descriptions with `code` spans): HTML stays literal, Markdown renders. */
export const markdownCell = (text: string): string => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
