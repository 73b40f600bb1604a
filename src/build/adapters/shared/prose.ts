/**
 * Whether text a name calls a prompt reads like one. Names promote text to a
 * prompt before any code is seen to send it (`SYSTEM_PROMPT`, `PROMPTS.triage`),
 * yet the same names hold UI labels (`Settings.Prompt.EditModal.Title`), page
 * templates (`PDF_HEADER_TEMPLATE` = HTML), scripts, paths and costs. These tests
 * read the text itself; text they refuse stays a candidate, kept when code sends it.
 */

/** Placeholders of every syntax (`${x}`, `{{ x }}`, `{x}`, `%s`, `%(x)s`), tags and LaTeX commands: what prose is not made of. */
const NOT_WORDS = [
  // A URL, an identifier or a path (`https://…`, `browseruse_agent_data`, `a/b`) is one token of no prose, whatever its parts.
  /\b[a-z][\w+.-]*:\/\/\S+/gi,
  /\$\{[^}]*\}/g,
  /\{\{[^}]*\}\}/g,
  /\{[^{}]*\}/g,
  /%(\([\w]+\))?[sdifr]/g,
  /<[^>]*>/g,
  /\\[a-zA-Z]+(\[[^\]]*\])?/g,
  /[^\s"'`(]*[\w.-][_/\\][\w.-][^\s"'`)]*/g,
];
// Letters with their combining marks: a Bengali or Hindi word is one word, not one per vowel sign.
const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** The words of the text once placeholders, markup and LaTeX are taken out. */
export function proseWords(text: string): string[] {
  let rest = text;
  for (const pattern of NOT_WORDS) rest = rest.replace(pattern, ' ');
  return rest.match(WORD) ?? [];
}

/** Code, not prose: most non-empty lines are statements, or the whole is a script or a key. */
const SCRIPT = /^\s*#!|-----BEGIN [A-Z ]+-----/;
const CODE_LINE =
  /^\s*(import\s|from\s+\S+\s+import\s|def\s|class\s|return\b|if\s.*:\s*$|for\s.*:\s*$|const\s|let\s|var\s|function\s|export\s|\$[\w:]+\s*=|[\w.]+\s*=\s*[^=]|[}\])];?\s*$|@\w+)/;
/** A LaTeX command or comment opening a line: `\\usepackage{…}`, `% Packages` (quantalogic's DOCUMENT_TEMPLATE). */
const LATEX_LINE = /^\s*(\\[a-zA-Z]+|%)/;
const JINJA_CONTROL_LINE = /^\s*\{%.*%\}\s*$/;
const PATH = /^\s*(~?\/|[A-Za-z]:[\\/]|\.\.?\/)[^\n]*[\\/][^\n]*$/;

/**
 * Prose a prompt could be: three words or more once placeholders and markup are
 * out (each of `includes`, the units it includes, weighing three), and not a script, a PEM block, a path, code, or markup with a few words
 * in it (an HTML or SSML page, a LaTeX document). XML-style prompt sections
 * (`<instructions>…</instructions>`) keep their prose, so they pass.
 */
export function looksLikeProse(text: string, includes = 0): boolean {
  if (SCRIPT.test(text) || PATH.test(text)) return false;
  // An included unit is prompt text of its own: it weighs as a few words. Only one, and nothing else, is that unit again.
  const own = proseWords(text).length;
  const words = own + 3 * includes;
  if (words < 3 || (own === 0 && includes < 2)) return false;
  // A template of code (`AGENT_GRADIO_APP_TEMPLATE`): its Jinja control lines are neither, its placeholders stand for names.
  const lines = text
    .split('\n')
    .filter((line) => line.trim() && !JINJA_CONTROL_LINE.test(line))
    .map((line) => line.replace(/\{\{[^}]*\}\}/g, 'x'));
  const code = lines.filter((line) => CODE_LINE.test(line) || LATEX_LINE.test(line)).length;
  if (lines.length >= 3 && code * 2 >= lines.length) return false;
  // Markup with little text in it: more tags than words of prose.
  const tags = text.match(/<\/?[A-Za-z][^>]*>/g)?.length ?? 0;
  return tags <= words / 2;
}

/** How instructions to a model read: a role, a rule, an imperative opening a sentence. */
const ROLE =
  /\byou are (a|an|the|my|our)\b|\byou're (a|an|the)\b|\bact as\b|\byour (task|job|role|goal|objective|purpose) is\b/i;
const DIRECTIVE = /\b(you (must|should|will|may not|can't|cannot)|do not|don't|never|always|must not|make sure)\b/i;
// Verbs that open instructions to a model; generic UI verbs (create, use, edit, add, select) are left out on purpose.
const VERBS = [
  'act',
  'analy[sz]e',
  'answer',
  'avoid',
  'classify',
  'compose',
  'consider',
  'decide',
  'describe',
  'determine',
  'draft',
  'ensure',
  'evaluate',
  'explain',
  'extract',
  'focus',
  'generate',
  'identify',
  'imagine',
  'output',
  'pretend',
  'produce',
  'provide',
  'rate',
  'reply',
  'respond',
  'return',
  'rewrite',
  'summari[sz]e',
  'think',
  'translate',
  'write',
];
const IMPERATIVE = new RegExp(
  `(^|[.!?:\\n]\\s*|^\\s*(?:[-*•]|\\d+[.)])\\s*)(please\\s+)?(${VERBS.join('|')})\\b`,
  'im',
);

/**
 * Instructions to a model, not a label, a banner or a help text for people: prose
 * (six words or more) that casts a role (`You are a…`), gives an order at
 * the start of a sentence (`Summarize…`, `Please generate…`) or states a rule
 * (`Never…`, `You must…`). "You are viewing the beta site" is none of these.
 */
export function readsAsInstructions(text: string, minWords = 6): boolean {
  if (!looksLikeProse(text) || proseWords(text).length < minWords) return false;
  const prose = text.replace(/\$\{[^}]*\}|\{\{[^}]*\}\}/g, 'X');
  return ROLE.test(prose) || DIRECTIVE.test(prose) || IMPERATIVE.test(prose);
}

const DESCRIBING_WORD = /^(descriptions?|labels?|titles?|tooltips?|placeholders?|hints?|captions?|help|commands?)$/i;

/** A name made of words one of which says it holds text about things or commands (`VALUE_DESCRIPTIONS`, `sectionCommands`). */
const describes = (name: string): boolean =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z]+/)
    .some((word) => DESCRIBING_WORD.test(word));

/**
 * Whether a name promotes its text to a prompt before code is seen to use it: its
 * own name says prompt and the text is prose; or only a container's name does (a
 * locale file's `Settings.Prompt.*` holds labels and help texts) and the text
 * reads as instructions to a model. `text` has its include placeholders taken out.
 */
export function promotedByName(
  ownName: string,
  containerName: string | undefined,
  text: string,
  promptName: RegExp,
  includes = 0,
  enclosing = containerName ?? '',
): boolean {
  if (promptName.test(ownName)) {
    if (!looksLikeProse(text, includes)) return false;
    // `VALUE_DESCRIPTIONS.kind.prompt`: under a name that says it holds descriptions or labels, `prompt` is what is described.
    return !describes(enclosing) || readsAsInstructions(text);
  }
  return containerName !== undefined && promptName.test(containerName) && readsAsInstructions(text);
}
