import { describe, expect, it } from 'vitest';
import { scanFixture } from '../../support/scan-fixture.js';

describe('python calls through a parameter typed by an interface (issue 12, item 3)', () => {
  it('reaches every implementation in the repository: the caller is a certain consumer of what it passes', async () => {
    const result = await scanFixture('adapters/python/interface-implementations');
    expect(result.edges.filter((edge) => edge.to === 'review.py#REVIEW_SYSTEM')).toEqual([
      expect.objectContaining({ from: 'consumer:review.py#review', kind: 'consumes' }),
    ]);
    expect(result.edges.find((edge) => edge.to === 'review.py#REVIEW_SYSTEM')?.certainty).toBeUndefined();
  });

  it('makes the caller a possible consumer via the interface method when the repository implements it nowhere', async () => {
    const result = await scanFixture('adapters/python/interface-implementations');
    expect(result.edges.filter((edge) => edge.to === 'notes.py#SUMMARY_RULES')).toEqual([
      expect.objectContaining({
        from: 'consumer:notes.py#summarize_notes',
        kind: 'consumes',
        certainty: 'possible',
        via: 'interface Summarizer.summarize',
      }),
    ]);
  });
});
