import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

const consumes = async (files: Record<string, string>) =>
  (await scan(memoryFileSource('repo', files))).edges
    .filter((edge) => edge.kind === 'consumes')
    .map((edge) => [edge.from, edge.to, edge.certainty, edge.via]);

const PROMPT = "export const REVIEW_SYSTEM = 'You review pull requests for security problems.';\n";

/** A wrapper whose own send is only possible: it passes its parameter into an interface method nothing implements. */
const POSSIBLE_WRAPPER = [
  'interface Reviewer { ask(system: string, diff: string): Promise<string> }',
  'export async function askReviewer(model: Reviewer, system: string, diff: string) {',
  '  return model.ask(system, diff);',
  '}',
  '',
].join('\n');

describe('typescript: possibility through wrappers (issue 12 item 3)', () => {
  it("makes a caller of a wrapper whose send is only possible a possible consumer, with the wrapper's reason", async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/ask.ts': POSSIBLE_WRAPPER,
        'src/review.ts': [
          "import { REVIEW_SYSTEM } from './prompts.js';",
          "import { askReviewer } from './ask.js';",
          'export async function review(model: any, diff: string) {',
          '  return askReviewer(model, REVIEW_SYSTEM, diff);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([
      ['consumer:src/review.ts#review', 'src/prompts.ts#REVIEW_SYSTEM', 'possible', 'interface Reviewer.ask'],
    ]);
  });

  it('carries the possibility through a wrapper of that wrapper', async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/ask.ts': POSSIBLE_WRAPPER,
        'src/outer.ts': [
          "import { askReviewer } from './ask.js';",
          'export async function reviewWith(model: any, system: string, diff: string) {',
          '  return askReviewer(model, system, diff);',
          '}',
          '',
        ].join('\n'),
        'src/review.ts': [
          "import { REVIEW_SYSTEM } from './prompts.js';",
          "import { reviewWith } from './outer.js';",
          'export async function review(model: any, diff: string) {',
          '  return reviewWith(model, REVIEW_SYSTEM, diff);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([
      ['consumer:src/review.ts#review', 'src/prompts.ts#REVIEW_SYSTEM', 'possible', 'interface Reviewer.ask'],
    ]);
  });

  it('keeps a caller certain when the wrapper also sends the parameter to a model itself', async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/ask.ts': [
          "import OpenAI from 'openai';",
          'interface Reviewer { ask(system: string, diff: string): Promise<string> }',
          'const client = new OpenAI();',
          'export async function askReviewer(model: Reviewer, system: string, diff: string) {',
          '  await model.ask(system, diff);',
          "  return client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }] });",
          '}',
          '',
        ].join('\n'),
        'src/review.ts': [
          "import { REVIEW_SYSTEM } from './prompts.js';",
          "import { askReviewer } from './ask.js';",
          'export async function review(model: any, diff: string) {',
          '  return askReviewer(model, REVIEW_SYSTEM, diff);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([['consumer:src/review.ts#review', 'src/prompts.ts#REVIEW_SYSTEM', undefined, undefined]]);
  });
});
