import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('typescript prompt handles are values that flow', () => {
  it('keeps a Genkit handle (const answerPrompt = ai.prompt(…)) its own consumer, as the demo graph has it', async () => {
    const result = await scanFixture('adapters/typescript/prompt-handles');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('genkit.ts'))).toEqual([
      'consumer:src/genkit.ts#answerPrompt -consumes-> prompts/answer.prompt',
    ]);
  });

  it('makes the function formatting a LangChain template held by a constant its consumer', async () => {
    const result = await scanFixture('adapters/typescript/prompt-handles');
    expect(edgeStrings(result, ['consumes']).filter((edge) => edge.includes('langchain.ts'))).toEqual([
      'consumer:src/langchain.ts#summarise -consumes-> src/langchain.ts#SUMMARY_TEMPLATE.system',
    ]);
  });
});
