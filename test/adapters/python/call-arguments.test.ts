import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';
import { composedVariables } from '../../../src/query/compose/compose-variables.js';

const PROMPTS = 'app/prompts.py';
const SECTION = 'app/prompt_kit.py#section';
const scanned = async () => {
  const result = await scanFixture('adapters/python/call-arguments');
  return { result, graph: new PromptGraph(result) };
};
const includesOf = (result: Awaited<ReturnType<typeof scanned>>['result'], symbol: string) =>
  edgeStrings(result, ['includes']).filter((edge) => edge.startsWith(`${PROMPTS}#${symbol} `));

describe('python calls of functions returning text, with arguments', () => {
  it('records where a function writes its parameters, .strip() included, and composes it alone with them as written', async () => {
    const { result, graph } = await scanned();
    expect(nodeById(result, SECTION)).toMatchObject({
      text: '## {title}\n{body.strip()}',
      variables: ['body', 'title'],
      parameters: [
        { name: 'title', index: 0, placeholder: '{title}' },
        { name: 'body', index: 1, placeholder: '{body.strip()}', apply: ['trim'] },
      ],
    });
    expect(composeText(graph, SECTION)).toBe('## {title}\n{body.strip()}');
  });

  it('makes each constant passed to a parameter the function writes an include of the caller, and composes every call with its own arguments', async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'CLASSIFIER_PROMPT')).toEqual([
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${SECTION}`,
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${PROMPTS}#JSON_RULES`,
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${PROMPTS}#TASK`,
    ]);
    expect(composeText(graph, `${PROMPTS}#CLASSIFIER_PROMPT`)).toBe(
      '## Task\nClassify the ticket.\n\n## Rules\nReply in JSON.',
    );
    expect(composedVariables(graph, `${PROMPTS}#CLASSIFIER_PROMPT`)).toEqual([]);
  });

  it('binds keyword arguments by the parameter they name, and composes a call passed as an argument of another', async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'FLAGGED_PROMPT')).toEqual([
      `${PROMPTS}#FLAGGED_PROMPT -includes-> app/prompt_kit.py#bullet`,
      `${PROMPTS}#FLAGGED_PROMPT -includes-> ${SECTION}`,
      `${PROMPTS}#FLAGGED_PROMPT -includes-> ${PROMPTS}#TASK`,
    ]);
    expect(composeText(graph, `${PROMPTS}#FLAGGED_PROMPT`)).toBe(
      'Flag what matters.\n## Flags\n- urgent: Classify the ticket.',
    );
  });

  it("leaves an argument the function never writes out of the caller's dependencies", async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'LABEL_PROMPT')).toEqual([
      `${PROMPTS}#LABEL_PROMPT -includes-> app/prompt_kit.py#labelled`,
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain(`${PROMPTS}#TICKET_ID`);
    expect(composeText(graph, `${PROMPTS}#LABEL_PROMPT`)).toBe('Label the ticket.\nLabel: Billing');
  });

  it('shows an argument known only at run time as written, a variable of the caller in place of the bound parameters', async () => {
    const { result, graph } = await scanned();
    expect(nodeById(result, `${PROMPTS}#ticket_prompt`).variables).toEqual(['ticket.body']);
    expect(composeText(graph, `${PROMPTS}#ticket_prompt`)).toBe('Read the ticket.\n## Ticket\n{ticket.body}');
    expect(composedVariables(graph, `${PROMPTS}#ticket_prompt`)).toEqual(['ticket.body']);
  });

  it("binds a method's arguments past self, through methods forwarding their own parameter", async () => {
    const { result, graph } = await scanned();
    expect(nodeById(result, `${PROMPTS}#Reviewer.titled`).parameters).toEqual([
      { name: 'text', index: 0, placeholder: '{text}' },
    ]);
    expect(composeText(graph, `${PROMPTS}#Reviewer.rules`)).toBe(
      'Review the diff.\n## Extra\n{extra}\n(from the reviewer)',
    );
    expect(composeText(graph, `${PROMPTS}#Reviewer.prompt`)).toBe(
      'Check the tests too.\nReview the diff.\n## Extra\nReply in JSON.\n(from the reviewer)',
    );
    expect(includesOf(result, 'Reviewer.prompt')).toContain(
      `${PROMPTS}#Reviewer.prompt -includes-> ${PROMPTS}#JSON_RULES`,
    );
  });

  it('makes a model call sending a call of the function consume what its bound arguments name', async () => {
    const { result } = await scanned();
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${PROMPTS}#review -consumes-> ${SECTION}`,
      `consumer:${PROMPTS}#review -consumes-> ${PROMPTS}#REVIEW_RULES`,
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
