import { describe, expect, it } from 'vitest';
import { scanFixture } from '../../support/scan-fixture.js';
import type { ScanResult } from '../../../src/model/schema/scan-result.js';

/** Every node a consumer reaches through consumes and includes edges. */
function reached(result: ScanResult, from: string): string[] {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    const id = queue.shift()!;
    for (const edge of result.edges)
      if (edge.from === id && !seen.has(edge.to)) {
        seen.add(edge.to);
        queue.push(edge.to);
      }
  }
  return [...seen].sort();
}

describe('python .format on a template whose fields are not visible here', () => {
  it('makes a keyword filling an imported template a dependency of what is sent', async () => {
    const result = await scanFixture('adapters/python/format-unseen-fields');
    expect(reached(result, 'consumer:app.py#review')).toEqual(['app.py#HOUSE_RULES', 'templates.py#REVIEW_TEMPLATE']);
  });

  it('drops a keyword a visible template has no field for', async () => {
    const result = await scanFixture('adapters/python/format-unseen-fields');
    expect(reached(result, 'consumer:app.py#answer')).toEqual(['app.py#SHORT_ANSWER']);
  });
});
