import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python declarations', () => {
  it('reads a triple-quoted module constant with its symbol, line range and variables', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#SYSTEM_PROMPT')).toMatchObject({
      kind: 'prompt',
      file: 'prompts.py',
      symbol: 'SYSTEM_PROMPT',
      format: 'python',
      range: { start: 3, end: 4 },
      variables: ['product'],
      text: "You are a support assistant.\nAnswer the customer's question about {product}.",
    });
  });

  it('decodes an f-string: doubled braces become a variable, a literal interpolation its value', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#GREETING_PROMPT')).toMatchObject({
      text: 'Hello {customer}, welcome to Acme.',
      variables: ['customer'],
      range: { start: 6, end: 6 },
    });
  });

  it('joins implicitly concatenated literals across lines', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#SAFETY_RULES')).toMatchObject({
      text: 'Never share internal data. Escalate legal questions.',
      range: { start: 8, end: 9 },
    });
  });

  it('applies textwrap.dedent to the text', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#PERSONA')).toMatchObject({
      text: '\nYou are Ada.\nBe warm and precise.\n',
      range: { start: 11, end: 14 },
    });
  });

  it('makes each text entry of a prompts dict a unit DICT.key', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#PROMPTS.summarize')).toMatchObject({
      text: 'Summarize the ticket in three bullet points.',
      range: { start: 19, end: 19 },
    });
    expect(nodeById(result, 'prompts.py#PROMPTS.classify').range).toEqual({ start: 20, end: 20 });
  });

  it('names a class attribute Class.attr and skips its non-text attributes', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#Triage.instructions')).toMatchObject({
      symbol: 'Triage.instructions',
      text: 'Route the ticket to the right queue.',
      range: { start: 25, end: 25 },
    });
    expect(result.nodes.map((node) => node.id)).not.toContain('prompts.py#Triage.retries');
  });

  it('reads a function returning text as a unit over the whole function', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(nodeById(result, 'prompts.py#refusal_prompt')).toMatchObject({
      text: 'Politely refuse: the request is out of scope.',
      range: { start: 29, end: 30 },
    });
  });

  it('drops a short constant nobody uses as prompt text (a candidate) and makes no edges', async () => {
    const result = await scanFixture('adapters/python/declarations');
    expect(result.nodes.map((node) => node.id)).not.toContain('prompts.py#TIMEOUT_LABEL');
    expect(edgeStrings(result)).toEqual([]);
  });
});
