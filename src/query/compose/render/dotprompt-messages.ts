import type { HelperDelegate } from 'handlebars';

/**
 * Dotprompt's built-in helpers, as the `dotprompt` package defines them: the
 * message and media helpers write markers that its renderer then splits into
 * messages (`<<<dotprompt:role:system>>>`).
 */
export const DOTPROMPT_HELPERS: Record<string, HelperDelegate> = {
  role: (role: unknown) => safe(`<<<dotprompt:role:${String(role)}>>>`),
  history: () => safe('<<<dotprompt:history>>>'),
  section: (name: unknown) => safe(`<<<dotprompt:section ${String(name)}>>>`),
  media: (options: { hash: { url?: unknown; contentType?: unknown } }) =>
    safe(
      `<<<dotprompt:media:url ${String(options.hash.url)}${options.hash.contentType ? ` ${String(options.hash.contentType)}` : ''}>>>`,
    ),
  json: (value: unknown, options: { hash: { indent?: number } }) =>
    safe(JSON.stringify(value, null, options.hash.indent || 0)),
  ifEquals(this: unknown, left: unknown, right: unknown, options: HelperOptions) {
    return left === right ? options.fn(this) : options.inverse(this);
  },
  unlessEquals(this: unknown, left: unknown, right: unknown, options: HelperOptions) {
    return left !== right ? options.fn(this) : options.inverse(this);
  },
};

interface HelperOptions {
  fn(context: unknown): string;
  inverse(context: unknown): string;
}

/** A string Handlebars writes as it is (the package's `SafeString`: `toHTML` is what marks it). */
const safe = (text: string) => ({ toHTML: () => text, toString: () => text });

/** One message as Dotprompt's renderer makes it: a role and its text. */
export interface PromptMessage {
  role: string;
  text: string;
}

/**
 * The messages Dotprompt's renderer makes of a rendered template: text before
 * any role marker is the user's; a role marker starts a new message (or names
 * the current one while it is still blank); the history marker stands for the
 * conversation so far, after which the model speaks.
 */
export function dotpromptMessages(rendered: string): PromptMessage[] {
  const messages: PromptMessage[] = [{ role: 'user', text: '' }];
  for (const piece of rendered.split(/(<<<dotprompt:(?:role:[a-z]+|history))>>>/g)) {
    const current = messages[messages.length - 1]!;
    if (piece.startsWith('<<<dotprompt:role:')) {
      const role = piece.slice('<<<dotprompt:role:'.length);
      if (current.text.trim()) messages.push({ role, text: '' });
      else current.role = role;
    } else if (piece === '<<<dotprompt:history') {
      messages.push({ role: 'history', text: '{{history}}' }, { role: 'model', text: '' });
    } else current.text += piece;
  }
  return messages.filter((message) => message.text);
}

/**
 * Messages as one text: a lone user message is its text; otherwise each
 * message is a `role:` line and its text, a blank line between messages.
 * Media and section markers read as `{{media …}}` and `{{section …}}`.
 */
export function messagesText(messages: readonly PromptMessage[]): string {
  const readable = (text: string) =>
    text.replace(/<<<dotprompt:(media:url|section) ?([^>]*)>>>/g, (_marker, kind: string, rest: string) =>
      kind === 'section' ? `{{section ${rest}}}` : `{{media url=${rest}}}`,
    );
  if (messages.length === 1 && messages[0]!.role === 'user') return readable(messages[0]!.text);
  return messages.map((message) => `${message.role}:\n${readable(message.text).trim()}`).join('\n\n');
}

/** A rendered Dotprompt template as the text of the messages it makes. */
export const dotpromptText = (rendered: string): string => messagesText(dotpromptMessages(rendered));
