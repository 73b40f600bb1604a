import { describe, expect, it } from 'vitest';
import { diagnosticCodes, edgeStrings, nodeById, scanFixture } from '../support/scan-fixture.js';

describe('dotprompt adapter', () => {
  it('makes a partial file a fragment named without its underscore', async () => {
    const result = await scanFixture('adapters/dotprompt');
    const persona = nodeById(result, 'prompts/_persona.prompt');
    expect(persona).toMatchObject({ kind: 'fragment', name: 'persona', format: 'dotprompt', range: { start: 1, end: 2 } });
  });

  it('resolves {{> persona}} to _persona.prompt in the same folder', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(edgeStrings(result, ['includes'])).toEqual([
      'prompts/support_reply.formal.prompt -includes-> prompts/_persona.prompt',
      'prompts/support_reply.prompt -includes-> prompts/_persona.prompt',
    ]);
    const edge = result.edges.find((candidate) => candidate.from === 'prompts/support_reply.prompt');
    expect(edge).toMatchObject({ line: 9, placeholder: '{{> persona}}' });
  });

  it('collects variables from the body and the input schema, not helpers or each-item fields', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(nodeById(result, 'prompts/support_reply.prompt').variables).toEqual(['customerName', 'previousTurns', 'ticket']);
  });

  it('reads name.variant.prompt as a variant of name', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(nodeById(result, 'prompts/support_reply.formal.prompt')).toMatchObject({ name: 'support_reply', meta: { variant: 'formal', model: 'googleai/gemini-2.5-pro' } });
  });

  it('reports a partial that resolves to no file as a dangling reference at its line', async () => {
    const result = await scanFixture('adapters/dotprompt');
    expect(diagnosticCodes(result)).toContain('dangling-reference prompts/escalation.prompt:1');
  });
});
