import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript helpers that reshape a prompt', () => {
  it('reads a function returning X.replace(…).trim() as X reshaped, a prompt including X that its callers send', async () => {
    const result = await scanFixture('adapters/typescript/reshaping-helpers');
    expect(nodeById(result, 'src/format.ts#formatNewArtifactPrompt').range).toEqual({ start: 3, end: 5 });
    expect(edgeStrings(result, ['includes', 'consumes'])).toEqual([
      'consumer:src/generate.ts#generateArtifact -consumes-> src/format.ts#formatNewArtifactPrompt',
      'src/format.ts#formatNewArtifactPrompt -includes-> src/prompts.ts#NEW_ARTIFACT_PROMPT',
      'src/prompts.ts#NEW_ARTIFACT_PROMPT -includes-> src/prompts.ts#CODE_RULES',
    ]);
  });
});
