import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const scanned = () => scanFixture('adapters/typescript/dynamic-loaders');

describe('typescript prompt loads named only at run time', () => {
  it('reports each as a dynamic-include info at the call, naming the expression: a path built at run time is no defect', async () => {
    const result = await scanned();
    expect(diagnosticCodes(result)).toEqual([
      'dynamic-include src/flows.ts:6',
      'dynamic-include src/loader.ts:5',
      'dynamic-include src/registry.ts:6',
    ]);
    expect(result.diagnostics.every((diagnostic) => diagnostic.severity === 'info')).toBe(true);
    expect(
      result.diagnostics.find((diagnostic) => diagnostic.line === 6 && diagnostic.file === 'src/registry.ts'),
    ).toMatchObject({
      column: 24,
      message: expect.stringMatching(
        /^langfuse\.getPrompt\(name\) names the prompt it loads only at run time; promptgraph cannot follow it/,
      ),
    });
  });

  it('makes a read of a path with a known folder and extension a consumer of every file that matches', async () => {
    const result = await scanned();
    expect(edgeStrings(result).filter((edge) => edge.startsWith('consumer:src/loader.ts#loadPrompt '))).toEqual([
      'consumer:src/loader.ts#loadPrompt -consumes-> src/prompts/refund.md',
      'consumer:src/loader.ts#loadPrompt -consumes-> src/prompts/triage.md',
    ]);
    expect(
      result.diagnostics.find((diagnostic) => diagnostic.file === 'src/loader.ts' && diagnostic.line === 5)?.message,
    ).toContain('every file matching src/prompts/*.md');
  });

  it("makes Genkit's ai.prompt(name) a consumer of every Dotprompt file in the prompt folder", async () => {
    const result = await scanned();
    expect(edgeStrings(result).filter((edge) => edge.startsWith('consumer:src/flows.ts'))).toEqual([
      'consumer:src/flows.ts#runPrompt -consumes-> src/prompts/greet.prompt',
    ]);
  });

  it('keeps a load it cannot match a consumer of nothing it can name', async () => {
    const result = await scanned();
    expect(nodeById(result, 'consumer:src/registry.ts#fetchPrompt')).toMatchObject({
      kind: 'consumer',
      range: { start: 5, end: 8 },
    });
    expect(result.edges.filter((edge) => edge.from === 'consumer:src/registry.ts#fetchPrompt')).toEqual([]);
  });

  it('takes no read of a folder known only at run time, of a path that is no prompt file, or getPrompt on anything but a Langfuse client, for a load', async () => {
    const result = await scanned();
    const ids = result.nodes.map((node) => node.id);
    expect(ids.filter((id) => /#(loadFrom|readConfig|instructionsOf)$/.test(id))).toEqual([]);
  });
});
