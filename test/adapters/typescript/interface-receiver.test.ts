import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/build/scan.js';
import { memoryFileSource } from '../../../src/build/files/file-source.js';

const consumes = async (files: Record<string, string>) =>
  (await scan(memoryFileSource('repo', files))).edges
    .filter((edge) => edge.kind === 'consumes')
    .map((edge) => [edge.from, edge.to, edge.certainty, edge.via]);

const PROMPT = "export const REVIEW_SYSTEM = 'You review pull requests for security problems.';\n";

describe('typescript: a call through an interface nothing implements', () => {
  it('makes the caller a possible consumer, saying the interface when this file declares it', async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/review.ts': [
          "import { REVIEW_SYSTEM } from './prompts.js';",
          'interface Reviewer { ask(system: string, diff: string): Promise<string> }',
          'export async function review(model: Reviewer, diff: string) {',
          '  return model.ask(REVIEW_SYSTEM, diff);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([
      ['consumer:src/review.ts#review', 'src/prompts.ts#REVIEW_SYSTEM', 'possible', 'interface Reviewer.ask'],
    ]);
  });

  it('makes the edge certain when the class the parameter is typed by sends the text to a model', async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/reviewer.ts': [
          "import OpenAI from 'openai';",
          'export class Reviewer {',
          '  client = new OpenAI();',
          '  async ask(system: string, diff: string) {',
          "    return this.client.chat.completions.create({ model: 'gpt-4o', messages: [{ role: 'system', content: system }, { role: 'user', content: diff }] });",
          '  }',
          '}',
          '',
        ].join('\n'),
        'src/review.ts': [
          "import type { Reviewer } from './reviewer.js';",
          "import { REVIEW_SYSTEM } from './prompts.js';",
          'export async function review(model: Reviewer, diff: string) {',
          '  return model.ask(REVIEW_SYSTEM, diff);',
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([['consumer:src/review.ts#review', 'src/prompts.ts#REVIEW_SYSTEM', undefined, undefined]]);
  });

  it('leaves a call on a parameter typed by a class of a value import alone (no possible edge)', async () => {
    expect(
      await consumes({
        'src/prompts.ts': PROMPT,
        'src/cache.ts': 'export class Cache { set(key: string, value: string) { return [key, value]; } }\n',
        'src/store.ts': [
          "import { Cache } from './cache.js';",
          "import { REVIEW_SYSTEM } from './prompts.js';",
          'export function remember(cache: Cache) {',
          "  return cache.set('system', REVIEW_SYSTEM);",
          '}',
          '',
        ].join('\n'),
      }),
    ).toEqual([]);
  });
});
