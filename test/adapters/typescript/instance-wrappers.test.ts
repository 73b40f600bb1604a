import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

const scanned = () => scanFixture('adapters/typescript/instance-wrappers');
const consumesTo = (edges: string[], constant: string): string[] =>
  edges.filter((edge) => edge.endsWith(`-consumes-> src/texts.ts#${constant}`));

describe('typescript class-method wrappers called through an instance', () => {
  it('resolves a method call on a local `new` of an imported class to the class method wrapper', async () => {
    const result = await scanned();
    expect(nodeById(result, 'consumer:src/llm-client.ts#LlmClient.chat')).toMatchObject({
      kind: 'consumer',
      range: { start: 7, end: 9 },
    });
    expect(consumesTo(edgeStrings(result), 'CLASS_SYSTEM')).toEqual([
      'consumer:src/classify.ts#classify -consumes-> src/texts.ts#CLASS_SYSTEM',
    ]);
    expect(result.edges.find((edge) => edge.from === 'consumer:src/classify.ts#classify')).toMatchObject({ line: 6 });
  });

  it('resolves a method call on an instance exported by another module (export const llm = new LlmClient())', async () => {
    const result = await scanned();
    expect(consumesTo(edgeStrings(result), 'SHARED_SYSTEM')).toEqual([
      'consumer:src/summarize.ts#summarize -consumes-> src/texts.ts#SHARED_SYSTEM',
    ]);
  });

  it('resolves a method call on a module constant instance of a class of the same file', async () => {
    const result = await scanned();
    expect(consumesTo(edgeStrings(result), 'HEALTH_SYSTEM')).toEqual([
      'consumer:src/llm-client.ts#health -consumes-> src/texts.ts#HEALTH_SYSTEM',
    ]);
  });

  it('resolves this.client.chat through a field initialised with new, a constructor parameter property type, and a constructor assignment', async () => {
    const result = await scanned();
    const edges = edgeStrings(result);
    expect(consumesTo(edges, 'FIELD_SYSTEM')).toEqual([
      'consumer:src/services.ts#ShippingService.answer -consumes-> src/texts.ts#FIELD_SYSTEM',
    ]);
    expect(consumesTo(edges, 'TYPED_SYSTEM')).toEqual([
      'consumer:src/services.ts#InvoiceService.answer -consumes-> src/texts.ts#TYPED_SYSTEM',
    ]);
    expect(consumesTo(edges, 'LEGACY_SYSTEM')).toEqual([
      'consumer:src/legacy.js#LegacyService.answer -consumes-> src/texts.ts#LEGACY_SYSTEM',
    ]);
  });

  it('leaves no constant an orphan and reports nothing', async () => {
    const result = await scanned();
    const consumed = new Set(result.edges.filter((edge) => edge.kind === 'consumes').map((edge) => edge.to));
    expect(
      result.nodes.filter((node) => node.file === 'src/texts.ts' && !consumed.has(node.id)).map((node) => node.id),
    ).toEqual([]);
    expect(result.nodes.filter((node) => node.file === 'src/texts.ts')).toHaveLength(6);
    expect(result.diagnostics).toEqual([]);
  });
});
