import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python messages built by calling an SDK message type', () => {
  it('sends the text keys of BetaTextBlockParam(text=…) (through with_raw_response) and ChatCompletionSystemMessageParam(content=…) like a dict literal', async () => {
    const result = await scanFixture('adapters/python/message-constructors');
    const reached = (consumer: string) =>
      result.edges
        .filter((edge) => edge.from === `consumer:agent.py#${consumer}`)
        .flatMap((edge) => [edge.to, ...result.edges.filter((e) => e.from === edge.to).map((e) => e.to)]);
    expect(reached('act')).toContain('agent.py#SYSTEM_PROMPT');
    expect(reached('grade')).toContain('agent.py#GRADER_RULES');
  });

  it('sends nothing a dict merely printed holds', async () => {
    const result = await scanFixture('adapters/python/message-constructors');
    expect(edgeStrings(result).filter((edge) => edge.includes('BANNER'))).toEqual([]);
  });
});
