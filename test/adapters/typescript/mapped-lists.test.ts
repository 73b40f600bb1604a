import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript lists rendered item by item', () => {
  it('reads list.map((item) => `…`).join(sep) as the text each item renders, so the section is a prompt its callers include', async () => {
    const result = await scanFixture('adapters/typescript/mapped-lists');
    expect(nodeById(result, 'src/tools.ts#toolsSection')).toMatchObject({
      kind: 'fragment',
      text: '${index + 1}. ${tool.name}: ${tool.description}. Call it only when the user asks.',
    });
    expect(edgeStrings(result, ['includes', 'consumes'])).toEqual([
      'consumer:src/chat.ts#chat -consumes-> src/system.ts#systemPrompt',
      'src/system.ts#systemPrompt -includes-> src/tools.ts#toolsSection',
    ]);
  });
});
