import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript wrappers', () => {
  it('makes a function passing its parameter to a model a consumer, and its callers in other files consumers of what they pass', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/llm.ts#ask')).toMatchObject({
      kind: 'consumer',
      range: { start: 6, end: 8 },
    });
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:src/handlers.ts#Router.route -consumes-> src/texts.ts#ROUTING',
      'consumer:src/handlers.ts#classify -consumes-> src/texts.ts#CLASSIFY',
      'consumer:src/handlers.ts#summarize -consumes-> src/texts.ts#SUMMARY',
      'consumer:src/handlers.ts#triage -consumes-> src/texts.ts#TRIAGE',
      'consumer:src/jobs.ts#nightly -consumes-> src/texts.ts#NIGHTLY',
      'consumer:src/jobs.ts#supportAgent -consumes-> src/texts.ts#SUPPORT',
    ]);
  });

  it("reads a call of the project's own agent factory (createSupportAgent(SUPPORT)) as a wrapper call, not an agent constructor", async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/llm.ts#createSupportAgent').kind).toBe('consumer');
    expect(edgeStrings(result).filter((edge) => edge.includes('SUPPORT'))).toEqual([
      'consumer:src/jobs.ts#supportAgent -consumes-> src/texts.ts#SUPPORT',
    ]);
  });

  it('follows a wrapper of a wrapper that interpolates its parameter into a template, at the line of the call', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/llm.ts#askPolitely').kind).toBe('consumer');
    expect(result.edges.find((edge) => edge.from === 'consumer:src/handlers.ts#summarize')).toMatchObject({
      to: 'src/texts.ts#SUMMARY',
      line: 5,
    });
  });

  it('follows an options-object parameter by property: complete({ system: CLASSIFY }) reaches ({ system }) => generateText({ system })', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(result.edges.find((edge) => edge.from === 'consumer:src/handlers.ts#classify')).toMatchObject({
      to: 'src/texts.ts#CLASSIFY',
      line: 9,
    });
    expect(
      result.edges.filter((edge) => edge.from === 'consumer:src/handlers.ts#classify').map((edge) => edge.to),
    ).not.toContain('src/texts.ts#TRIAGE');
  });

  it('makes a function passing its whole options object on a wrapper of the same properties', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/llm.ts#completeWith')).toMatchObject({
      kind: 'consumer',
      range: { start: 18, end: 20 },
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('TRIAGE'))).toEqual([
      'consumer:src/handlers.ts#triage -consumes-> src/texts.ts#TRIAGE',
    ]);
  });

  it('keeps a method wrapping an imported wrapper, and the method calling it through this', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/handlers.ts#Router.send')).toMatchObject({
      kind: 'consumer',
      range: { start: 21, end: 23 },
    });
    expect(nodeById(result, 'consumer:src/handlers.ts#Router.route').range).toEqual({ start: 17, end: 19 });
  });

  it('reads a caller with no prompt-like word (jobs.ts) because it imports a wrapper, and the constants it passes', async () => {
    const result = await scanFixture('adapters/typescript/wrappers');
    expect(nodeById(result, 'consumer:src/jobs.ts#nightly')).toMatchObject({ range: { start: 4, end: 4 } });
    expect(nodeById(result, 'src/texts.ts#NIGHTLY')).toMatchObject({
      kind: 'prompt',
      text: 'List the tickets still open after a week.',
    });
    expect(result.diagnostics).toEqual([]);
  });
});
