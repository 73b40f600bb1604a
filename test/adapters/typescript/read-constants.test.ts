import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const scanned = () => scanFixture('adapters/typescript/read-constants');
const idsIn = async (file: string) =>
  (await scanned()).nodes.filter((node) => node.file === file).map((node) => node.id);

describe('typescript constants holding a read prompt file', () => {
  it('makes a constant whose read reaches no prompt text and no model (a template rendered by nunjucks) the loader of the file, with no include', async () => {
    const result = await scanned();
    expect(await idsIn('src/render-ticket.ts')).toEqual(['consumer:src/render-ticket.ts#template']);
    expect(nodeById(result, 'consumer:src/render-ticket.ts#template')).toMatchObject({
      kind: 'consumer',
      range: { start: 5, end: 5 },
    });
    expect(edgeStrings(result).filter((edge) => edge.includes('ticket.j2'))).toEqual([
      'consumer:src/render-ticket.ts#template -consumes-> prompts/ticket.j2',
    ]);
    expect(nodeById(result, 'prompts/ticket.j2').kind).toBe('prompt');
  });

  it('keeps the read an include of a constant a model call sends, with no loader of its own', async () => {
    const result = await scanned();
    expect(await idsIn('src/answer.ts')).toEqual(['consumer:src/answer.ts#answer', 'src/answer.ts#SYSTEM']);
    expect(edgeStrings(result).filter((edge) => edge.includes('system.md'))).toEqual([
      'src/answer.ts#SYSTEM -includes-> prompts/system.md',
    ]);
  });

  it('keeps the read an include of an exported constant another file interpolates into its prompt', async () => {
    const result = await scanned();
    expect(await idsIn('src/persona.ts')).toEqual(['src/persona.ts#PERSONA_TEXT']);
    expect(edgeStrings(result).filter((edge) => edge.includes('persona'))).toEqual([
      'src/persona.ts#PERSONA_TEXT -includes-> prompts/persona.md',
      'src/support.ts#SUPPORT_PROMPT -includes-> src/persona.ts#PERSONA_TEXT',
    ]);
  });

  it('makes an exported constant nobody in the repository reads, named like a prompt, the loader of its file', async () => {
    const result = await scanned();
    expect(await idsIn('src/faq.ts')).toEqual(['consumer:src/faq.ts#FAQ_TEMPLATE']);
    expect(edgeStrings(result).filter((edge) => edge.includes('faq'))).toEqual([
      'consumer:src/faq.ts#FAQ_TEMPLATE -consumes-> prompts/faq.md',
    ]);
    expect(result.diagnostics).toEqual([]);
  });
});
