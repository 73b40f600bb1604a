import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript: a let given its prompt in branches, and text put in with .replace()', () => {
  it('sends every value a let is assigned (let prompt; if … prompt = A; else prompt = B; prompt = `${PREFIX}${prompt}`)', async () => {
    const result = await scanFixture('adapters/typescript/reassigned-locals');
    const sent = edgeStrings(result, ['consumes']).filter((edge) => edge.startsWith('consumer:src/transform.ts'));
    expect(sent).toEqual([
      'consumer:src/transform.ts#transformDocument -consumes-> src/prompts.ts#REVIEW_PREFIX',
      'consumer:src/transform.ts#transformDocument -consumes-> src/prompts.ts#SUMMARY_PROMPT',
      'consumer:src/transform.ts#transformDocument -consumes-> src/prompts.ts#TRANSLATE_PROMPT',
    ]);
  });

  it('makes a replacement a dependency, through a helper that fills the template it is given', async () => {
    const result = await scanFixture('adapters/typescript/reassigned-locals');
    expect(edgeStrings(result, ['includes', 'consumes']).filter((edge) => edge.includes('src/answer.ts'))).toEqual([
      'consumer:src/answer.ts#answerQuestion -consumes-> src/answer.ts#answerQuestion.system',
      'src/answer.ts#answerQuestion.system -includes-> src/format.ts#fillDocument',
      'src/answer.ts#answerQuestion.system -includes-> src/prompts.ts#CONTEXT_SECTION',
      'src/answer.ts#answerQuestion.system -includes-> src/prompts.ts#NO_CONTEXT',
    ]);
    // The helper's text is the template its caller passes: a slot, not text of its own.
    expect(nodeById(result, 'src/format.ts#fillDocument').text).toBe('${template}');
    // Only what is put in flows: a prompt of the same module nobody passes stays unreached.
    expect(edgeStrings(result).filter((edge) => edge.endsWith('src/prompts.ts#UNUSED_PROMPT'))).toEqual([]);
  });
});
