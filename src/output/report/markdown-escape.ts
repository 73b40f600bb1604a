/** Markdown that prompt text, ids and commit subjects cannot break out of. */
export const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Table cells: pipes and newlines would end the cell; HTML would render. */
export const cell = (text: string): string => escapeText(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Inline code: a backtick would end the span, a pipe a table cell. */
export const code = (text: string): string => `\`${text.replace(/`/g, 'ˋ').replace(/\|/g, '\\|')}\``;

/** Running text: HTML and Markdown emphasis, links and code stay literal. */
export const escapeText = (text: string): string => escapeHtml(text).replace(/([\\*_[\]`])/g, '\\$1');

/** A fenced block longer than any backtick run inside it, so a diff holding ``` cannot close it. */
export function fenced(language: string, body: string): string {
  const fence = '`'.repeat(Math.max(2, ...(body.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  return `${fence}${language}\n${body.trimEnd()}\n${fence}`;
}

/** Table cells of our own Markdown (rule descriptions with `code` spans): HTML stays literal, Markdown renders. */
export const markdownCell = (text: string): string => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
