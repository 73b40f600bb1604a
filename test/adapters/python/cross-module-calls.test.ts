import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

const SUPPORT = 'app/support.py';
const KIT = 'app/prompt_kit.py';

describe('python calls of functions in another module', () => {
  it('makes a constant that is only a call of an imported text function a prompt composed through the call', async () => {
    const result = await scanFixture('adapters/python/cross-module-calls');
    expect(edgeStrings(result, ['includes'])).toEqual([
      `${SUPPORT}#SUPPORT_SYSTEM -includes-> ${KIT}#REFUND_RULES`,
      `${SUPPORT}#SUPPORT_SYSTEM -includes-> ${KIT}#section`,
    ]);
    expect(nodeById(result, `${SUPPORT}#SUPPORT_SYSTEM`)).toMatchObject({
      kind: 'prompt',
      range: { start: 4, end: 4 },
    });
    expect(composeText(new PromptGraph(result), `${SUPPORT}#SUPPORT_SYSTEM`)).toBe(
      '## Refunds\nAnswer in two sentences at most and never promise a refund.',
    );
  });

  it('binds keyword arguments of a wrapper in another module by its parameter names: past a parameter the function reassigns, and on a method of an imported instance', async () => {
    const result = await scanFixture('adapters/python/cross-module-calls');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      `consumer:${SUPPORT}#answer -consumes-> ${SUPPORT}#SUPPORT_SYSTEM`,
      `consumer:${SUPPORT}#answer_in_style -consumes-> ${KIT}#REFUND_RULES`,
      `consumer:${SUPPORT}#answer_plainly -consumes-> ${KIT}#REFUND_RULES`,
      `consumer:${SUPPORT}#review -consumes-> ${SUPPORT}#SUPPORT_SYSTEM`,
    ]);
  });

  it('leaves a call of an imported function that returns no text (a client factory) out of the graph, with no finding for a method of an imported instance', async () => {
    const result = await scanFixture('adapters/python/cross-module-calls');
    expect(result.nodes.map((node) => node.id)).not.toContain(`${SUPPORT}#CLIENT`);
    expect(result.diagnostics).toEqual([]);
  });
});
