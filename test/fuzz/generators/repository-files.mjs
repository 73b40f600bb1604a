import fc from 'fast-check';
import { depth } from './vocabulary.mjs';

const handle = fc.constantFrom(
  '@acme/platform',
  '@acme/support',
  '@alice',
  '@bob',
  'dev@example.com',
  '@',
  '@acme/',
  '@a b',
);
const glob = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.constantFrom(
      '*',
      '/src/',
      '*.ts',
      'app/**',
      '**/prompts/',
      'templates/*.j2',
      '/prompts/_persona.prompt',
      'docs/**/*.md',
      '!negated',
      '\\#not-comment',
    ),
  },
  // Shapes that make a backtracking matcher explode (issue 17: `*a*a*a*a*a*a*a*a*b` costs 10 s per path).
  { weight: 2, arbitrary: fc.integer({ min: 2, max: 6 }).map((count) => `${'*a'.repeat(count)}*b`) },
  { weight: 1, arbitrary: fc.integer({ min: 7, max: 30 }).map((count) => `${'*a'.repeat(count)}*b`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '[',
      '[a-',
      '**/**/**/**/**/**/x',
      '{a,{b,{c,{d}}}}',
      '+(a|b)',
      '@(x)',
      '?(a)*(b)',
      '(a+)+',
      'a{1,3}',
      '\\',
      '/',
      '',
    ),
  },
  { weight: 1, arbitrary: depth.map((levels) => `${'{a,'.repeat(levels)}b${'}'.repeat(levels)}`) },
);

export const codeownersFile = fc
  .tuple(
    fc.constantFrom('CODEOWNERS', '.github/CODEOWNERS', 'docs/CODEOWNERS'),
    fc.array(
      fc.oneof(
        {
          weight: 6,
          arbitrary: fc
            .tuple(glob, fc.array(handle, { maxLength: 3 }))
            .map(([pattern, owners]) => `${pattern} ${owners.join(' ')}`),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '# comment',
            '',
            '[Section]',
            '^[Optional][2] @acme/platform',
            '[Broken',
            'x'.repeat(100_000),
          ),
        },
      ),
      { minLength: 1, maxLength: 12 },
    ),
  )
  .map(([file, lines]) => ({ [file]: `${lines.join('\n')}\n` }));

const regex = fc.constantFrom(
  '\\{\\{>\\s*(?<ref>[\\w/]+)\\s*\\}\\}',
  '@include\\((?<ref>[^)]+)\\)',
  '(?<ref>(a+)+)$',
  '(?<ref>.*)*x',
  '(?<ref>',
  '(unnamed)',
  '(?<ref>a)|(?<ref>b)',
  '',
);
const list = (item) =>
  fc.array(item, { maxLength: 4 }).map((items) => `[${items.map((x) => JSON.stringify(x)).join(', ')}]`);
const configLine = fc.oneof(
  list(glob).map((x) => `include: ${x}`),
  list(glob).map((x) => `exclude: ${x}`),
  list(glob).map((x) => `promptGlobs: ${x}`),
  list(glob).map((x) => `contracts: ${x}`),
  list(fc.constantFrom('prompts', 'genkit/prompts', '../outside', '')).map((x) => `promptDirs: ${x}`),
  fc
    .array(fc.tuple(fc.constantFrom('inc', 'x'), regex), { maxLength: 3 })
    .map(
      (patterns) =>
        `includePatterns:\n${patterns.map(([n, p]) => `  - name: ${n}\n    pattern: ${JSON.stringify(p)}`).join('\n') || '  []'}`,
    ),
  fc.constantFrom(
    'loaders:\n  - call: loadPrompt\n    path: prompts/{arg}.md',
    'maxFileBytes: 10',
    'maxFileBytes: -1',
    'audit:\n  rules:\n    orphan-prompt: off',
    'unknown: 1',
    'include: *',
    '$schema: x',
  ),
  fc.integer({ min: 2, max: 9 }).map((levels) => aliasBomb(levels)),
);
export const configFile = fc
  .array(configLine, { maxLength: 4 })
  .map((lines) => ({ 'promptgraph.config.yaml': `${lines.join('\n')}\n` }));

const selector = fc.constantFrom(
  'prompts/support_reply.prompt',
  'app/a.py#PERSONA',
  'src/a.ts#SYSTEM',
  'templates/*.j2',
  'persona',
  'views/**',
  'prompts/persona.prompt#missing',
  '',
  '**',
);
const contractLine = fc.oneof(
  selector.map((x) => `prompt: ${JSON.stringify(x)}`),
  fc.array(handle, { maxLength: 3 }).map((x) => `owners: ${JSON.stringify(x)}`),
  fc.constantFrom(
    'approvers:\n  - team: "@acme/platform"\n    count: 2',
    'downstream_approval: required',
    'version: 3',
    'version: x',
    'invariants:\n  - Never promise refunds.',
    'evals:\n  - name: voice\n    command: npm run eval\n    scope: composed',
    'output:\n  format: json\n  schema: ../schemas/verdict.json',
    'consumes_output_of:\n  - prompts/planner.prompt',
    'prompt: [',
    '- a\nb: c',
  ),
  fc.integer({ min: 2, max: 9 }).map((levels) => aliasBomb(levels)),
);
export const contractFiles = fc
  .array(fc.array(contractLine, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 2 })
  .map((contracts) =>
    Object.fromEntries(contracts.map((lines, index) => [`contracts/c${index}.yaml`, `${lines.join('\n')}\n`])),
  );

/** A YAML "billion laughs": each level aliases the previous one nine times. */
function aliasBomb(levels) {
  const rows = ['bomb0: &b0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < levels; level++)
    rows.push(
      `bomb${level}: &b${level} [${Array(9)
        .fill(`*b${level - 1}`)
        .join(',')}]`,
    );
  return rows.join('\n');
}
