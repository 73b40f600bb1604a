import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('typescript: a local standing for a function, and a let given a call result in a branch', () => {
  it('follows const intro = active.renderIntro; base = intro() and shell(base) into both modules the alias may be', async () => {
    const result = await scanFixture('adapters/typescript/function-alias');
    expect(edgeStrings(result, ['includes', 'consumes'])).toEqual([
      'consumer:src/chat.ts#chat -consumes-> src/provider.ts#systemPrompt',
      'src/provider.ts#systemPrompt -includes-> src/snippets-legacy.ts#renderIntro',
      'src/provider.ts#systemPrompt -includes-> src/snippets-legacy.ts#renderShell',
      'src/provider.ts#systemPrompt -includes-> src/snippets.ts#renderIntro',
      'src/provider.ts#systemPrompt -includes-> src/snippets.ts#renderShell',
    ]);
  });
});
