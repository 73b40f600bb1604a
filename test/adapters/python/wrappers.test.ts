import { describe, expect, it } from 'vitest';
import { edgeStrings, nodeById, scanFixture } from '../../support/scan-fixture.js';

describe('python wrappers', () => {
  it('makes a function passing its parameter to a model a consumer, and its callers consumers of what they pass', async () => {
    const result = await scanFixture('adapters/python/wrappers');
    expect(nodeById(result, 'consumer:wrappers.py#ask')).toMatchObject({
      kind: 'consumer',
      range: { start: 9, end: 10 },
    });
    expect(edgeStrings(result, ['consumes'])).toEqual([
      'consumer:wrappers.py#Classifier.classify -consumes-> wrappers.py#Classifier.CLASSIFY_PROMPT',
      'consumer:wrappers.py#summarize -consumes-> wrappers.py#SUMMARY_PROMPT',
    ]);
  });

  it('follows a wrapper of a wrapper that interpolates its parameter into an f-string', async () => {
    const result = await scanFixture('adapters/python/wrappers');
    expect(result.edges.find((edge) => edge.from === 'consumer:wrappers.py#summarize')).toMatchObject({ line: 18 });
    expect(nodeById(result, 'consumer:wrappers.py#ask_politely').kind).toBe('consumer');
  });
});
