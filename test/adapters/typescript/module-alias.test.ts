import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('typescript: a local standing for an imported module, and a method of a class built in place', () => {
  it('follows active.compressionPrompt() into both modules of const active = modern ? snippets : legacy, and new PromptProvider().compression()', async () => {
    const result = await scanFixture('adapters/typescript/module-alias');
    expect(edgeStrings(result, ['includes', 'consumes'])).toEqual([
      'consumer:src/compress.ts#compress -consumes-> src/prompts.ts#getCompressionPrompt',
      'src/prompts.ts#getCompressionPrompt -includes-> src/provider.ts#PromptProvider.compression',
      // Either module may be the one at run time: editing the legacy prompt reaches the sender too.
      'src/provider.ts#PromptProvider.compression -includes-> src/snippets-legacy.ts#compressionPrompt',
      'src/provider.ts#PromptProvider.compression -includes-> src/snippets.ts#compressionPrompt',
    ]);
  });
});
