import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python nested class', () => {
  it('makes an attribute of a nested class a unit, read as Agent.Prompts.x and self.Prompts.x', async () => {
    const result = await scanFixture('adapters/python/nested-class');
    expect(nodeById(result, 'agent.py#Agent.Prompts.note_prompt')).toMatchObject({
      kind: 'prompt',
      range: { start: 9, end: 9 },
      text: 'Write a short note about the ticket.',
    });
    expect(
      edgeStrings(result).filter((edge) => edge.includes('note_prompt') || edge.startsWith('agent.py#summary')),
    ).toEqual([
      'agent.py#summary.system -includes-> agent.py#Agent.Prompts.tone',
      'consumer:agent.py#Agent.note -consumes-> agent.py#Agent.Prompts.note_prompt',
    ]);
  });

  it("reads self in a nested class's method as that class, not the outer class with a same-named attribute", async () => {
    const result = await scanFixture('adapters/python/nested-class');
    expect(nodeById(result, 'agent.py#Agent.Prompts.closing_prompt')).toMatchObject({
      range: { start: 12, end: 13 },
      text: '{self.tone} Sign off politely.',
    });
    expect(edgeStrings(result).filter((edge) => edge.startsWith('agent.py#Agent.Prompts.closing_prompt'))).toEqual([
      'agent.py#Agent.Prompts.closing_prompt -includes-> agent.py#Agent.Prompts.tone',
    ]);
    expect(result.nodes.map((node) => node.id)).not.toContain('agent.py#Agent.tone');
  });
});
