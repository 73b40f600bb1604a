import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';
import { composedVariables } from '../../../src/query/compose/compose-variables.js';

const PROMPTS = 'src/prompts.ts';
const SECTION = 'src/section.ts#section';
const scanned = async () => {
  const result = await scanFixture('adapters/typescript/call-arguments');
  return { result, graph: new PromptGraph(result) };
};
const includesOf = (result: Awaited<ReturnType<typeof scanned>>['result'], symbol: string) =>
  edgeStrings(result, ['includes']).filter((edge) => edge.startsWith(`${PROMPTS}#${symbol} `));

describe('typescript calls of functions returning text, with arguments', () => {
  it('records where a function writes its parameters, a method like .trim() included, and composes it alone with them as written', async () => {
    const { result, graph } = await scanned();
    expect(nodeById(result, SECTION)).toMatchObject({
      text: '## ${title}\n${body.trim()}',
      variables: ['body', 'title'],
      parameters: [
        { name: 'title', index: 0, placeholder: '${title}' },
        { name: 'body', index: 1, placeholder: '${body.trim()}', apply: ['trim'] },
      ],
    });
    expect(composeText(graph, SECTION)).toBe('## ${title}\n${body.trim()}');
  });

  it('makes each constant passed to a parameter the function writes an include of the caller, and composes every call with its own arguments', async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'CLASSIFIER_PROMPT')).toEqual([
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${PROMPTS}#JSON_RULES`,
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${PROMPTS}#TASK`,
      `${PROMPTS}#CLASSIFIER_PROMPT -includes-> ${SECTION}`,
    ]);
    expect(
      result.edges.find((edge) => edge.from === `${PROMPTS}#CLASSIFIER_PROMPT` && edge.to === SECTION)?.expansions,
    ).toEqual([
      {
        placeholder: "${section('Task', TASK)}",
        bindings: [
          { parameter: 'body', text: '${TASK}' },
          { parameter: 'title', text: 'Task' },
        ],
      },
      {
        placeholder: "${section('Rules', JSON_RULES)}",
        bindings: [
          { parameter: 'body', text: '${JSON_RULES}' },
          { parameter: 'title', text: 'Rules' },
        ],
      },
    ]);
    expect(composeText(graph, `${PROMPTS}#CLASSIFIER_PROMPT`)).toBe(
      '## Task\nClassify the ticket.\n\n## Rules\nReply in JSON.',
    );
    expect(composedVariables(graph, `${PROMPTS}#CLASSIFIER_PROMPT`)).toEqual([]);
  });

  it('binds the properties of an options-object argument, and composes a call passed as an argument of another', async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'FLAGGED_PROMPT')).toEqual([
      `${PROMPTS}#FLAGGED_PROMPT -includes-> ${PROMPTS}#TASK`,
      `${PROMPTS}#FLAGGED_PROMPT -includes-> src/section.ts#bullet`,
      `${PROMPTS}#FLAGGED_PROMPT -includes-> ${SECTION}`,
    ]);
    expect(nodeById(result, 'src/section.ts#bullet').parameters).toEqual([
      { name: 'label', index: 0, key: 'label', placeholder: '${label}' },
      { name: 'text', index: 0, key: 'text', placeholder: '${text}' },
    ]);
    expect(composeText(graph, `${PROMPTS}#FLAGGED_PROMPT`)).toBe(
      'Flag what matters.\n## Flags\n- urgent: Classify the ticket.',
    );
  });

  it("leaves an argument the function never writes out of the caller's dependencies", async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'LABEL_PROMPT')).toEqual([`${PROMPTS}#LABEL_PROMPT -includes-> src/section.ts#labelled`]);
    expect(result.nodes.map((node) => node.id)).not.toContain(`${PROMPTS}#TICKET_ID`);
    expect(composeText(graph, `${PROMPTS}#LABEL_PROMPT`)).toBe('Label the ticket.\nLabel: Billing');
  });

  it('shows an argument known only at run time as written, a variable of the caller in place of the bound parameters', async () => {
    const { result, graph } = await scanned();
    expect(includesOf(result, 'ticketPrompt')).toEqual([`${PROMPTS}#ticketPrompt -includes-> ${SECTION}`]);
    expect(nodeById(result, `${PROMPTS}#ticketPrompt`).variables).toEqual(['ticket.body']);
    expect(composeText(graph, `${PROMPTS}#ticketPrompt`)).toBe('Read the ticket.\n## Ticket\n${ticket.body}');
    expect(composedVariables(graph, `${PROMPTS}#ticketPrompt`)).toEqual(['ticket.body']);
  });

  it('passes an argument on through a function that forwards its own parameter', async () => {
    const { result, graph } = await scanned();
    expect(nodeById(result, `${PROMPTS}#forwardedNote`).parameters).toEqual([
      { name: 'note', index: 0, placeholder: '${note}' },
    ]);
    expect(composeText(graph, `${PROMPTS}#forwardedNote`)).toBe('## Note\n${note}\n(forwarded)');
    expect(composeText(graph, `${PROMPTS}#NOTE_PROMPT`)).toBe('Read the note.\n## Note\nReply in JSON.\n(forwarded)');
    expect(includesOf(result, 'NOTE_PROMPT')).toContain(`${PROMPTS}#NOTE_PROMPT -includes-> ${PROMPTS}#JSON_RULES`);
  });

  it('makes a model call sending a call of the function consume what its bound arguments name', async () => {
    const { result } = await scanned();
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith(`consumer:${PROMPTS}#review `))).toEqual([
      `consumer:${PROMPTS}#review -consumes-> ${PROMPTS}#REVIEW_RULES`,
      `consumer:${PROMPTS}#review -consumes-> ${SECTION}`,
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
