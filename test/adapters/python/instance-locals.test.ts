import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python attributes read through an instance held in a local or module variable', () => {
  it('sends the class attribute a local instance reads (`prompts = ReviewPrompts(); prompts.system`), and a module instance', async () => {
    const result = await scanFixture('adapters/python/instance-locals');
    const consumed = edgeStrings(result, ['consumes']);
    expect(consumed).toContain(
      'consumer:support/review.py#review -consumes-> support/review_prompts.py#ReviewPrompts.system',
    );
    expect(consumed).toContain(
      'consumer:support/review.py#review -consumes-> support/review_prompts.py#ReviewPrompts.escalation',
    );
    expect(consumed).toContain(
      'consumer:support/review.py#review_again -consumes-> support/review_prompts.py#ReviewPrompts.system',
    );
  });

  it('keeps a class attribute that only aliases an imported section as a unit including it', async () => {
    const result = await scanFixture('adapters/python/instance-locals');
    expect(edgeStrings(result, ['includes'])).toContain(
      'support/review_prompts.py#ReviewPrompts.escalation -includes-> support/sections.py#escalation',
    );
  });

  it('leaves a sibling class whose instance is only measured, not sent, unconsumed', async () => {
    const result = await scanFixture('adapters/python/instance-locals');
    expect(result.edges.filter((edge) => edge.to.endsWith('#TriagePrompts.system'))).toEqual([]);
  });
});
