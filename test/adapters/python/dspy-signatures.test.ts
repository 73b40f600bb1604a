import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python DSPy signatures', () => {
  it('makes a signature class a prompt of its docstring and field descriptions', async () => {
    const result = await scanFixture('adapters/python/dspy-signatures');
    expect(nodeById(result, 'signatures.py#Summarize').text).toBe(
      "Summarise the support ticket for the on-call engineer.\nticket: the customer's message as written\nsummary: two sentences, no greeting",
    );
    expect(nodeById(result, 'triage.py#Classify').text).toBe(
      'Label the ticket as billing, outage or question.\nlabel: one of billing, outage, question',
    );
  });

  it('makes the function building a module on the signature its consumer, across modules', async () => {
    const result = await scanFixture('adapters/python/dspy-signatures');
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:pipeline.py#summarise -consumes-> signatures.py#Summarize',
      'consumer:triage.py#classify -consumes-> triage.py#Classify',
    ]);
  });

  it('reads no prompt in a docstring of a class that is no signature', async () => {
    const result = await scanFixture('adapters/python/dspy-signatures');
    expect(result.nodes.map((node) => node.id).filter((id) => id.includes('TicketRecord'))).toEqual([]);
  });
});
