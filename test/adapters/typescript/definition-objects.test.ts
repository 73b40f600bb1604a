import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('typescript: an agent definition object returned by a factory', () => {
  it('makes its systemPrompt a prompt and the factory a possible consumer, with the reason', async () => {
    const result = await scanFixture('adapters/typescript/definition-objects');
    expect(edgeStrings(result, ['consumes', 'includes'])).toEqual([
      'consumer:src/agents.ts#GeneralAgent -consumes-> src/prompts.ts#mainSystemPrompt',
      'consumer:src/agents.ts#ReviewerAgent -consumes-> src/agents.ts#ReviewerAgent.promptConfig.systemPrompt',
    ]);
    const consumes = result.edges.filter((edge) => edge.kind === 'consumes');
    expect(consumes.map((edge) => [edge.certainty, edge.via])).toEqual([
      ['possible', 'definition object returned'],
      ['possible', 'definition object returned'],
    ]);
    expect(nodeById(result, 'src/agents.ts#ReviewerAgent.promptConfig.systemPrompt').text).toContain(
      'You are a code reviewer sub-agent.',
    );
    // A returned object with no prompt key (a tool description) is no definition.
    expect(result.nodes.map((node) => node.id)).not.toContain('consumer:src/agents.ts#toolList');
  });
});
