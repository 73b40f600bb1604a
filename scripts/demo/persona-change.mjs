// The change the demo makes: one sentence added to Aria's shared persona. It
// reads as a harmless tidy-up for the chatbot, yet it tells every consumer how
// to end its reply, and the ticket classifier must reply with JSON only. The
// e2e tests apply the same change, so the demo and its tests tell one story.

export const PERSONA_FILE = 'packages/prompt-kit/src/persona.ts';

const ANCHOR = 'Be warm, calm and precise. Prefer short paragraphs and numbered steps.\n';

export const ADDED_SENTENCE = 'End every reply by asking whether there is anything else you can help with.';

export const CHANGE_BRANCH = 'platform/persona-follow-up-question';

export const CHANGE_MESSAGE = `Persona: end every reply with a follow-up question

Customers told us in the CSAT interviews that Aria ends conversations abruptly.`;

/** The persona file's text with the sentence added on its own line; throws if the fixture no longer has the anchor line. */
export function applyPersonaChange(text) {
  if (!text.includes(ANCHOR))
    throw new Error(`${PERSONA_FILE} no longer contains the line the demo edits: ${ANCHOR.trim()}`);
  return text.replace(ANCHOR, `${ANCHOR}${ADDED_SENTENCE}\n`);
}
