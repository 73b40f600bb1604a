import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe("typescript: a repository's own model layer becomes a sink", () => {
  it('follows a conditional spread ...(system && { system }) into the SDK-shaped call behind an interface-typed field', async () => {
    const result = await scanFixture('adapters/typescript/model-layer');
    expect(nodeById(result, 'consumer:src/llm/base-client.ts#BaseLlmClient.withRetry')).toMatchObject({
      kind: 'consumer',
      range: { start: 17, end: 25 },
    });
  });

  it('carries the text from a caller through a method on a parameter typed by the class and an options object spread on', async () => {
    const result = await scanFixture('adapters/typescript/model-layer');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('fixer.ts'))).toEqual([
      'consumer:src/fixer.ts#fixEdit -consumes-> src/fixer.ts#FIXER_SYSTEM',
    ]);
    expect(nodeById(result, 'consumer:src/fixer.ts#withTimeout').kind).toBe('consumer');
  });
});

describe('typescript: text held in a field set from the constructor', () => {
  it('makes new Chat(generator, SYSTEM) send SYSTEM when a method sends this.systemInstruction, a parameter property', async () => {
    const result = await scanFixture('adapters/typescript/model-layer');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('session.ts'))).toEqual([
      'consumer:src/session.ts#Session.start -consumes-> src/core-prompt.ts#corePrompt',
    ]);
    expect(nodeById(result, 'consumer:src/session.ts#Session.start').range).toEqual({ start: 6, end: 9 });
  });
});
