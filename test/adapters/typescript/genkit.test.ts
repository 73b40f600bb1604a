import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const FILE = 'src/flows.ts';

describe('typescript genkit', () => {
  it('makes ai.definePrompt a consumer of its system and template, both named after the prompt', async () => {
    const result = await scanFixture('adapters/typescript/genkit');
    expect(
      edgeStrings(result).filter(
        (edge) => edge.startsWith(`consumer:${FILE}#recipePrompt`) || edge.startsWith(`${FILE}#recipePrompt`),
      ),
    ).toEqual([
      `consumer:${FILE}#recipePrompt -consumes-> ${FILE}#recipePrompt.system`,
      `consumer:${FILE}#recipePrompt -consumes-> ${FILE}#recipePrompt.template`,
      `${FILE}#recipePrompt.system -includes-> ${FILE}#CHEF_PERSONA`,
    ]);
    expect(nodeById(result, `${FILE}#recipePrompt.template`)).toMatchObject({
      name: 'recipe',
      variables: ['food'],
      range: { start: 11, end: 11 },
    });
    expect(nodeById(result, `${FILE}#recipePrompt.system`)).toMatchObject({ name: 'recipe', text: '${CHEF_PERSONA}' });
  });

  it("resolves ai.prompt('name') to a prompt defined in code by that name", async () => {
    const result = await scanFixture('adapters/typescript/genkit');
    expect(edgeStrings(result).filter((edge) => edge.startsWith(`consumer:${FILE}#cook`))).toEqual([
      `consumer:${FILE}#cook -consumes-> ${FILE}#recipePrompt.system`,
      `consumer:${FILE}#cook -consumes-> ${FILE}#recipePrompt.template`,
    ]);
  });

  it('looks Dotprompt names up in the configured promptDirs', async () => {
    const result = await scanFixture('adapters/typescript/genkit');
    expect(edgeStrings(result).filter((edge) => edge.startsWith(`consumer:${FILE}#limerick`))).toEqual([
      `consumer:${FILE}#limerick -consumes-> llm/dotprompts/limerick.prompt`,
    ]);
  });

  it('makes ai.generate({ system, prompt }) inside a defineFlow a consumer named after the flow, and ai.generate(text) one of its text', async () => {
    const result = await scanFixture('adapters/typescript/genkit');
    expect(edgeStrings(result).filter((edge) => /#(menuFlow|quick) /.test(edge))).toEqual([
      `consumer:${FILE}#menuFlow -consumes-> ${FILE}#CHEF_PERSONA`,
      `consumer:${FILE}#menuFlow -consumes-> ${FILE}#menuFlow.prompt`,
      `consumer:${FILE}#quick -consumes-> ${FILE}#quick.prompt`,
    ]);
    expect(nodeById(result, `consumer:${FILE}#menuFlow`).range).toEqual({ start: 14, end: 17 });
    expect(result.diagnostics).toEqual([]);
  });
});
