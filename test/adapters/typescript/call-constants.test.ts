import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const PROMPTS = 'src/prompts.ts';
const SECTION = 'src/section.ts#section';
const scanned = () => scanFixture('adapters/typescript/call-constants');
const from = (edges: string[], id: string): string[] => edges.filter((edge) => edge.startsWith(`${id} `));

describe('typescript constants and functions that are only a call of a text function', () => {
  it('makes a constant that is only a call of an imported text function prompt text composed through the call', async () => {
    const result = await scanned();
    expect(nodeById(result, `${PROMPTS}#TRIAGE`)).toMatchObject({
      kind: 'prompt',
      text: "${section('Task', TASK)}",
      range: { start: 9, end: 9 },
    });
    expect(from(edgeStrings(result), `${PROMPTS}#TRIAGE`)).toEqual([
      `${PROMPTS}#TRIAGE -includes-> ${PROMPTS}#TASK`,
      `${PROMPTS}#TRIAGE -includes-> ${SECTION}`,
    ]);
    expect(result.edges.find((edge) => edge.from === `${PROMPTS}#TRIAGE` && edge.to === SECTION)?.expansions).toEqual([
      {
        placeholder: "${section('Task', TASK)}",
        bindings: [
          { parameter: 'body', text: '${TASK}' },
          { parameter: 'title', text: 'Task' },
        ],
      },
    ]);
    expect(composeText(new PromptGraph(result), `${PROMPTS}#TRIAGE`)).toBe(
      '## Task\nSort the ticket into billing, bug or other.',
    );
  });

  it('lets consumers in the same file and in others consume it', async () => {
    const result = await scanned();
    const consumes = edgeStrings(result, ['consumes']);
    expect(consumes.filter((edge) => edge.endsWith(`${PROMPTS}#TRIAGE`))).toEqual([
      `consumer:src/classify.ts#classify -consumes-> ${PROMPTS}#TRIAGE`,
      `consumer:${PROMPTS}#triageHere -consumes-> ${PROMPTS}#TRIAGE`,
    ]);
  });

  it('makes a function that only returns such a call a text function its callers consume', async () => {
    const result = await scanned();
    expect(nodeById(result, `${PROMPTS}#rulesPrompt`)).toMatchObject({
      kind: 'prompt',
      text: "${section('Rules', RULES)}",
      range: { start: 11, end: 13 },
    });
    expect(from(edgeStrings(result), `${PROMPTS}#rulesPrompt`)).toEqual([
      `${PROMPTS}#rulesPrompt -includes-> ${PROMPTS}#RULES`,
      `${PROMPTS}#rulesPrompt -includes-> ${SECTION}`,
    ]);
    expect(from(edgeStrings(result), 'consumer:src/classify.ts#answer')).toEqual([
      `consumer:src/classify.ts#answer -consumes-> ${PROMPTS}#rulesPrompt`,
    ]);
  });

  it('leaves a function that returns such a call on one path and a value known only at run time on another no text function', async () => {
    const result = await scanned();
    expect(result.nodes.map((node) => node.id)).not.toContain(`${PROMPTS}#taskOr`);
    expect(edgeStrings(result).filter((edge) => edge.includes('taskOr'))).toEqual([]);
  });

  it('reads a call of a same-file text function the same way', async () => {
    const result = await scanned();
    expect(from(edgeStrings(result), `${PROMPTS}#HEADING`)).toEqual([
      `${PROMPTS}#HEADING -includes-> ${PROMPTS}#heading`,
    ]);
    expect(composeText(new PromptGraph(result), `${PROMPTS}#HEADING`)).toBe('# Acme, the support desk');
    expect(from(edgeStrings(result), `consumer:${PROMPTS}#head`)).toEqual([
      `consumer:${PROMPTS}#head -consumes-> ${PROMPTS}#HEADING`,
    ]);
  });

  it('keeps the call of a package function or of a project function returning no text out of the prompts, even when sent to a model', async () => {
    const result = await scanned();
    const ids = result.nodes.map((node) => node.id);
    expect(ids.filter((id) => /SIGN_OFF|LABEL|signOff|labelled/.test(id))).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });

  it('keeps a call of a same-file function that returns a model call out of the prompts, however the call is chained', async () => {
    const result = await scanned();
    expect(
      result.nodes.map((node) => node.id).filter((id) => /GREETING|#greet$/.test(id) || id === `${PROMPTS}#draft`),
    ).toEqual([]);
    expect(edgeStrings(result).filter((edge) => edge.includes('draft'))).toEqual([
      `consumer:${PROMPTS}#draft -consumes-> ${PROMPTS}#draft.prompt`,
    ]);
  });

  it('leaves such a constant written into other text a variable, as any value known only at run time', async () => {
    const result = await scanned();
    expect(nodeById(result, `${PROMPTS}#CLOSING_PROMPT`)).toMatchObject({
      text: 'End every reply with this line: ${SIGN_OFF}',
      variables: ['SIGN_OFF'],
    });
    expect(from(edgeStrings(result), `${PROMPTS}#CLOSING_PROMPT`)).toEqual([]);
  });
});
