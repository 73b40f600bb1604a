import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript prompts written as markup at the call', () => {
  it('makes a prompt: laying values out in two or more tags a prompt, and one tag around a value a user turn', async () => {
    const result = await scanFixture('adapters/typescript/markup-prompts');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:src/apply.ts#applyPatch -consumes-> src/apply.ts#applyPatch.prompt',
    ]);
    expect(nodeById(result, 'src/apply.ts#applyPatch.prompt')).toMatchObject({
      kind: 'prompt',
      text: '<instruction>${instructions}</instruction>\n<code>${code}</code>\n<update>${edit}</update>',
    });
  });
});
