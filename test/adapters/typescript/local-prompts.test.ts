import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const SUPPORT = 'src/support.ts';
const scanned = () => scanFixture('adapters/typescript/local-prompts');
const consumesOf = (edges: string[], symbol: string): string[] =>
  edges.filter((edge) => edge.startsWith(`consumer:${SUPPORT}#${symbol} `));

describe('typescript prompt text held in function-local variables', () => {
  it('makes a local sent as the system prompt a unit named like text written at the call, ranged over the local', async () => {
    const result = await scanned();
    expect(nodeById(result, `${SUPPORT}#answer.system`)).toMatchObject({
      kind: 'prompt',
      text: 'You answer support tickets for Acme in two sentences.',
      range: { start: 8, end: 8 },
    });
    expect(consumesOf(edgeStrings(result, ['consumes']), 'answer')).toEqual([
      `consumer:${SUPPORT}#answer -consumes-> ${SUPPORT}#answer.system`,
    ]);
  });

  it('names a local sent in a system message after the slot it fills, not after the variable', async () => {
    const result = await scanned();
    expect(nodeById(result, `${SUPPORT}#bill.system`)).toMatchObject({
      text: 'You answer billing questions for Acme.',
      range: { start: 13, end: 13 },
    });
    expect(consumesOf(edgeStrings(result, ['consumes']), 'bill')).toEqual([
      `consumer:${SUPPORT}#bill -consumes-> ${SUPPORT}#bill.system`,
    ]);
  });

  it('reads .join() of a local list as text written there, ranged from the list to the call', async () => {
    const result = await scanned();
    expect(nodeById(result, `${SUPPORT}#brief.system`)).toMatchObject({
      text: 'You are terse. Answer in one line.',
      range: { start: 18, end: 19 },
    });
  });

  it('extends inline text at a call over the locals it reads, so editing the local changes the prompt', async () => {
    const result = await scanned();
    expect(nodeById(result, `${SUPPORT}#greet.system`)).toMatchObject({
      text: 'You greet new customers. Be warm and brief.',
      range: { start: 34, end: 35 },
    });
  });

  it('includes the imported constants a local interpolates, and composes them', async () => {
    const result = await scanned();
    expect(nodeById(result, `${SUPPORT}#escalate.system`)).toMatchObject({
      text: '${PERSONA}\nEscalate anything about money.',
      range: { start: 28, end: 29 },
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('#escalate'))).toEqual([
      `consumer:${SUPPORT}#escalate -consumes-> ${SUPPORT}#escalate.system`,
      `${SUPPORT}#escalate.system -includes-> src/persona.ts#PERSONA`,
    ]);
    expect(composeText(new PromptGraph(result), `${SUPPORT}#escalate.system`)).toBe(
      'You are Ada, the support agent of Acme.\nEscalate anything about money.',
    );
  });

  it('consumes the constants of a local that only composes other text, with no unit of its own', async () => {
    const result = await scanned();
    expect(consumesOf(edgeStrings(result, ['consumes']), 'persona')).toEqual([
      `consumer:${SUPPORT}#persona -consumes-> src/persona.ts#PERSONA`,
      `consumer:${SUPPORT}#persona -consumes-> src/persona.ts#RULES`,
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain(`${SUPPORT}#persona.system`);
  });

  it('gives one unit for a local sent by two calls', async () => {
    const result = await scanned();
    expect(
      result.nodes.filter((node) => node.symbol?.startsWith('retry.')).map((node) => [node.id, node.range]),
    ).toEqual([[`${SUPPORT}#retry.system`, { start: 39, end: 39 }]]);
    expect(consumesOf(edgeStrings(result, ['consumes']), 'retry')).toEqual([
      `consumer:${SUPPORT}#retry -consumes-> ${SUPPORT}#retry.system`,
    ]);
  });

  it('keeps a short user turn in a local out of the prompts, as it would be written at the call', async () => {
    const result = await scanned();
    expect(result.nodes.map((node) => node.id)).not.toContain(`${SUPPORT}#ask.prompt`);
    expect(result.diagnostics).toEqual([]);
  });
});
