/** Escapes shared by the Markdown reporters: prompt text and paths are data, never markup. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Table cells: pipes and newlines would end the cell; HTML would render. */
export const cell = (text: string): string => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Inside backticks: a backtick would end the span, a pipe the table cell. */
export const code = (text: string): string => text.replace(/`/g, 'ˋ').replace(/\|/g, '\\|');

/** Running text: Markdown emphasis, links and code spans are escaped too. */
export const escapeText = (text: string): string => escapeHtml(text).replace(/([\\*_[\]`])/g, '\\$1');
