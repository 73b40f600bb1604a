import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const FILE = 'src/prompts.ts';

describe('typescript declarations', () => {
  it('reads an exported template-literal constant with its symbol, line range and {variables}', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#SYSTEM_PROMPT`)).toMatchObject({
      kind: 'prompt',
      file: FILE,
      symbol: 'SYSTEM_PROMPT',
      format: 'typescript',
      range: { start: 5, end: 6 },
      variables: ['product'],
      text: "You are a support assistant.\nAnswer the customer's question about {product}.",
    });
  });

  it('reads let and var declarations that are not exported, with Mustache variables', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#greetingPrompt`)).toMatchObject({
      text: 'Hello {{customer}}, welcome to Acme.',
      variables: ['customer'],
      range: { start: 8, end: 8 },
    });
    expect(nodeById(result, `${FILE}#legacyInstructions`)).toMatchObject({
      text: "Reply in the customer's language.",
      range: { start: 9, end: 9 },
    });
  });

  it('keeps an escaped \\${order} as text, not an interpolation or a variable', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#ESCAPED_PROMPT`)).toMatchObject({
      text: 'Show the placeholder ${order} to the customer as written.',
      variables: [],
    });
  });

  it('applies dedent, stripIndents and outdent tags to the text over the whole tagged template', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#PERSONA`)).toMatchObject({
      text: 'You are Ada.\nBe warm and precise.',
      range: { start: 13, end: 16 },
    });
    expect(nodeById(result, `${FILE}#CHECKLIST_PROMPT`)).toMatchObject({
      text: 'Check the order number.\nCheck the delivery date.',
      range: { start: 18, end: 21 },
    });
    expect(nodeById(result, `${FILE}#FOOTER_TEMPLATE`)).toMatchObject({
      text: 'Sign every reply as Ada.\n  Never promise refunds.',
      range: { start: 23, end: 26 },
    });
  });

  it('reads a function returning text over the whole function', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#refusalPrompt`)).toMatchObject({
      text: 'Politely refuse: the request is out of scope.',
      range: { start: 28, end: 30 },
    });
  });

  it('reads an arrow function returning a template with its parameters as variables', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#topicInstructions`)).toMatchObject({
      text: 'Explain ${topic} at depth ${depth}.',
      variables: ['depth', 'topic'],
      range: { start: 32, end: 32 },
    });
  });

  it('names object entries obj.prop and nested entries obj.a.b, and skips entries that are not text', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#PROMPTS.summarize`)).toMatchObject({
      symbol: 'PROMPTS.summarize',
      text: 'Summarize the ticket in three bullet points.',
      range: { start: 35, end: 35 },
    });
    expect(nodeById(result, `${FILE}#PROMPTS.agents.triage`)).toMatchObject({
      text: 'Decide which queue the ticket belongs to and reply with its name.',
      range: { start: 37, end: 37 },
    });
    expect(result.nodes.map((node) => node.id)).not.toContain(`${FILE}#PROMPTS.retries`);
  });

  it('names static and instance class properties Class.prop', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    expect(nodeById(result, `${FILE}#Triage.instructions`)).toMatchObject({
      text: 'Classify the ticket as billing, bug or other.',
      range: { start: 43, end: 43 },
    });
    expect(nodeById(result, `${FILE}#Triage.systemPrompt`)).toMatchObject({
      text: 'You triage support tickets by urgency.',
      range: { start: 44, end: 44 },
    });
    expect(result.nodes.map((node) => node.id)).not.toContain(`${FILE}#Triage.retries`);
  });

  it('drops weak constants nobody uses (a label, a cache key named like a prompt, a token count added up) and makes no edges', async () => {
    const result = await scanFixture('adapters/typescript/declarations');
    const ids = result.nodes.map((node) => node.id);
    expect(ids).not.toContain(`${FILE}#TIMEOUT_LABEL`);
    expect(ids).not.toContain(`${FILE}#PROMPT_CACHE_KEY`);
    expect(ids).not.toContain(`${FILE}#PromptCounter.countPromptTokens`);
    expect(edgeStrings(result)).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});
