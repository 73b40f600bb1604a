import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';
import { PromptGraph } from '../../../src/query/graph/prompt-graph.js';
import { composeText } from '../../../src/query/compose/compose-text.js';

describe('python .format(**{…}) with a dict literal', () => {
  it('fills each field from its entry, as a keyword argument would', async () => {
    const result = await scanFixture('adapters/python/format-dict-splat');
    expect(nodeById(result, 'prompts.py#SYSTEM_PROMPT')).toMatchObject({
      kind: 'prompt',
      range: { start: 6, end: 6 },
      text: '{BaseAgent.persona}\nAnswer the ticket: {ticket}',
      variables: ['ticket'],
    });
    expect(edgeStrings(result)).toEqual([
      'prompts.py#SYSTEM_PROMPT -includes-> prompts.py#BaseAgent.persona',
      'prompts.py#SYSTEM_PROMPT -includes-> prompts.py#TEMPLATE',
    ]);
    expect(composeText(new PromptGraph(result), 'prompts.py#SYSTEM_PROMPT')).toBe(
      'You are a helpful agent.\nAnswer the ticket: {ticket}',
    );
  });
});
