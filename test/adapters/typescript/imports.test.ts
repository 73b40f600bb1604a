import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

describe('typescript imports', () => {
  it('follows named imports and aliases through a barrel: export { X } from, export *, export { default as X }, export * as ns', async () => {
    const result = await scanFixture('adapters/typescript/imports');
    expect(
      result.edges
        .filter((edge) => edge.from === 'src/agent.ts#SYSTEM_PROMPT')
        .map((edge) => [edge.to, edge.placeholder]),
    ).toEqual([
      ['src/prompts/persona.ts#PERSONA', '${PERSONA}'],
      ['src/prompts/persona.ts#SIGNATURE', '${SIGNATURE}'],
      ['src/prompts/rules.ts#RULES_PROMPT', '${RULES}'],
      ['src/prompts/tone.ts#TONE', '${tone.TONE}'],
    ]);
  });

  it('follows a namespace import into an object entry (p.SAFETY.refusal) and a default import to the exported constant', async () => {
    const result = await scanFixture('adapters/typescript/imports');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('src/agent.ts#REFUSAL_PROMPT'))).toEqual([
      'src/agent.ts#REFUSAL_PROMPT -includes-> src/prompts/persona.ts#SIGNATURE',
      'src/agent.ts#REFUSAL_PROMPT -includes-> src/prompts/rules.ts#SAFETY.refusal',
    ]);
    expect(nodeById(result, 'src/prompts/persona.ts#SIGNATURE')).toMatchObject({
      kind: 'fragment',
      range: { start: 2, end: 2 },
    });
  });

  it('reads a file with no prompt-like word (tone.ts) once a prompt imports from it', async () => {
    const result = await scanFixture('adapters/typescript/imports');
    expect(nodeById(result, 'src/prompts/tone.ts#TONE')).toMatchObject({ kind: 'fragment', text: 'warm and precise' });
  });

  it('follows CommonJS require (destructured and as a namespace) in .cjs files, writing one placeholder per included unit', async () => {
    const result = await scanFixture('adapters/typescript/imports');
    expect(nodeById(result, 'src/legacy/agent.cjs#LEGACY_PROMPT')).toMatchObject({
      format: 'javascript',
      text: 'Answer in a ${LEGACY_TONE} way. Keep a ${LEGACY_TONE} voice.',
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('src/legacy/'))).toEqual([
      'src/legacy/agent.cjs#LEGACY_PROMPT -includes-> src/legacy/tone.cjs#LEGACY_TONE',
    ]);
    expect(composeText(new PromptGraph(result), 'src/legacy/agent.cjs#LEGACY_PROMPT')).toBe(
      'Answer in a calm and brief way. Keep a calm and brief voice.',
    );
  });

  it('treats a call of an npm package inside a template as ordinary code, not a finding', async () => {
    const result = await scanFixture('adapters/typescript/imports');
    expect(nodeById(result, 'src/agent.ts#DATED_PROMPT').text).toBe(
      "Today is ${format(new Date(), 'yyyy-MM-dd')}. ${prompts.PERSONA}",
    );
    expect(diagnosticCodes(result)).toEqual([]);
  });
});
