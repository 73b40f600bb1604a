import { describe, expect, it } from 'vitest';
import { edgeStrings, scanFixture } from '../../support/scan-fixture.js';

describe('python text a constructor keeps on self and another method sends', () => {
  it('makes the literal passed to the constructor a prompt its caller consumes, through **params a method returns, even from a package named like the Agents SDK (agents)', async () => {
    const result = await scanFixture('adapters/python/constructor-fields');
    expect(edgeStrings(result, ['consumes'])).toContain(
      'consumer:run_helper.py#main -consumes-> run_helper.py#main.system',
    );
    expect(result.nodes.find((node) => node.id === 'run_helper.py#main.system')?.text).toBe(
      'You are a helpful assistant. Answer in one short paragraph.',
    );
  });

  it('keeps no prompt for a literal a constructor keeps but nothing sends', async () => {
    const result = await scanFixture('adapters/python/constructor-fields');
    expect(result.nodes.map((node) => node.id)).not.toContain('run_helper.py#main.title');
  });
});
