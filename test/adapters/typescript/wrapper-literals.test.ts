import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const HANDLERS = 'src/handlers.ts';
const scanned = () => scanFixture('adapters/typescript/wrapper-literals');

describe('typescript prompt text written at a call of a wrapper', () => {
  it('makes a literal options property a prompt named <caller>.<key>, consumed by the caller', async () => {
    const result = await scanned();
    expect(nodeById(result, `${HANDLERS}#classify.system`)).toMatchObject({
      kind: 'prompt',
      text: 'You classify tickets as billing, bug or other.',
      range: { start: 5, end: 5 },
    });
    expect(result.edges.filter((edge) => edge.from === `consumer:${HANDLERS}#classify`)).toEqual([
      { from: `consumer:${HANDLERS}#classify`, to: `${HANDLERS}#classify.system`, kind: 'consumes', line: 5 },
    ]);
  });

  it('names a literal positional argument after the wrapper, and includes what it interpolates', async () => {
    const result = await scanned();
    expect(nodeById(result, `${HANDLERS}#summarize.askFast`)).toMatchObject({
      kind: 'prompt',
      text: 'Summarize the ticket in three bullet points. ${TONE}',
      range: { start: 9, end: 9 },
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('summarize'))).toEqual([
      `consumer:${HANDLERS}#summarize -consumes-> ${HANDLERS}#summarize.askFast`,
      `${HANDLERS}#summarize.askFast -includes-> src/tone.ts#TONE`,
    ]);
    expect(composeText(new PromptGraph(result), `${HANDLERS}#summarize.askFast`)).toBe(
      'Summarize the ticket in three bullet points. Stay calm and polite.',
    );
  });

  it('reads a local passed to a wrapper as text written at the call', async () => {
    const result = await scanned();
    expect(nodeById(result, `${HANDLERS}#route.system`)).toMatchObject({
      text: 'You pick the team that should answer the ticket.',
      range: { start: 13, end: 13 },
    });
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith(`consumer:${HANDLERS}#route `))).toEqual([
      `consumer:${HANDLERS}#route -consumes-> ${HANDLERS}#route.system`,
    ]);
  });

  it('drops a literal passed to a function that sends nothing to a model, and its caller', async () => {
    const result = await scanned();
    expect(result.nodes.map((node) => node.id).filter((id) => id.includes('record') || id.includes('audit'))).toEqual(
      [],
    );
    expect(result.diagnostics).toEqual([]);
  });
});
