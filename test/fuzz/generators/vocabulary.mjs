import fc from 'fast-check';

/** Names and prose the grammar generators share, so generated files refer to each other. */
export const NAMES = [
  'PERSONA',
  'SYSTEM',
  'TASK',
  'RULES',
  'X',
  'Y',
  'persona',
  'section',
  'body',
  'title',
  'tone',
  'a',
  'b',
  'safety',
  'greeting',
];
export const name = fc.constantFrom(...NAMES);
export const variable = fc.constantFrom(
  'customer',
  'ticket',
  'question',
  'tone',
  'a',
  'b',
  'items',
  'user.name',
  'loop.index',
);

const sentence = fc.constantFrom(
  'You are Aria, the support assistant.',
  'Answer in JSON.',
  'Never promise refunds.',
  '## Rules',
  'Be brief.',
  '',
  '   ',
  'Ünïcödé ✓ 😀',
  '\u202eevil\u202c',
  'Use {braces} and {{doubles}} and ${dollars} and %s.',
);

/** Prose mixed with placeholders of every syntax, and now and then arbitrary characters. */
export const prose = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: sentence },
      { weight: 2, arbitrary: variable.map((v) => `{${v}}`) },
      { weight: 2, arbitrary: variable.map((v) => `{{ ${v} }}`) },
      { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 10 }) },
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' '));

/** Depth skewed to small values, with a tail of hostile ones. */
// The tail is rare on purpose: a hostile depth that hangs is found in the first minutes, and every
// later hang costs a whole timeout that other inputs could have used.
export const depth = fc.oneof(
  { weight: 60, arbitrary: fc.integer({ min: 1, max: 8 }) },
  { weight: 12, arbitrary: fc.integer({ min: 9, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(200, 1000, 5000) },
);

/** Calls in a chain (`.trim().trim()…`): issue 17 saw a 37-call chain go exponential, so long ones are rarer still. */
export const chainLength = fc.oneof(
  { weight: 200, arbitrary: fc.integer({ min: 1, max: 12 }) },
  { weight: 4, arbitrary: fc.integer({ min: 13, max: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(200, 1000) },
);

export const nest = (open, close, inner, levels) => open.repeat(levels) + inner + close.repeat(levels);

/** A file name made hostile now and then: spaces, quotes, newlines, right-to-left overrides. */
export const fileStem = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('persona', 'system', 'support', 'triage', 'safety', 'base', 'reply') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'a b',
      "it's",
      'new\nline',
      'tab\there',
      '\u202etxt.exe',
      'ünï',
      'x|y',
      '[x]',
      '#hash',
      '*star',
    ),
  },
);
