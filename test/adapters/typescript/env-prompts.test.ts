import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript env prompts', () => {
  it("makes a function reading process.env.X or process.env['X'] that holds prompt text a consumer of the .env unit", async () => {
    const result = await scanFixture('adapters/typescript/env-prompts');
    expect(edgeStrings(result).filter((edge) => /#(systemPrompt|botPrompt) /.test(edge))).toEqual([
      'consumer:src/app.ts#botPrompt -consumes-> .env#BOT_PROMPT',
      'consumer:src/app.ts#systemPrompt -consumes-> .env#SUPPORT_SYSTEM_PROMPT',
    ]);
  });

  it('reads a destructured const { X } = process.env at top level as <module> reading X, spanning its own lines', async () => {
    const result = await scanFixture('adapters/typescript/env-prompts');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('consumer:src/app.ts#<module>'))).toEqual([
      'consumer:src/app.ts#<module> -consumes-> .env#GREETING_TEMPLATE',
      'consumer:src/app.ts#<module> -consumes-> .env#SUPPORT_SYSTEM_PROMPT',
    ]);
    expect(nodeById(result, 'consumer:src/app.ts#<module>').range).toEqual({ start: 3, end: 4 });
  });

  it('makes the model call sending a constant read from the environment, with a default, consume both', async () => {
    const result = await scanFixture('adapters/typescript/env-prompts');
    expect(edgeStrings(result).filter((edge) => edge.startsWith('consumer:src/app.ts#reply'))).toEqual([
      'consumer:src/app.ts#reply -consumes-> .env#SUPPORT_SYSTEM_PROMPT',
      'consumer:src/app.ts#reply -consumes-> src/app.ts#SYSTEM',
    ]);
    expect(nodeById(result, 'src/app.ts#SYSTEM')).toMatchObject({
      kind: 'prompt',
      text: 'You are a helpful assistant.',
    });
  });

  it('keeps a function reading only an API key out of the graph, and the key out of the prompts', async () => {
    const result = await scanFixture('adapters/typescript/env-prompts');
    const ids = result.nodes.map((node) => node.id);
    expect(ids).not.toContain('consumer:src/app.ts#apiKey');
    expect(ids).not.toContain('.env#OPENAI_API_KEY');
    expect(result.diagnostics).toEqual([]);
  });
});
