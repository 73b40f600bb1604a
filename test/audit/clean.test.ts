import { describe, expect, it } from 'vitest';
import { audit } from '../../src/api/audit.js';
import { fixturePath } from '../support/scan-fixture.js';

describe('audit of a well-kept repository', () => {
  it('finds nothing: owned prompts, a shared fragment under a contract with evals, every prompt consumed', async () => {
    const result = await audit(fixturePath('audit', 'clean'));
    expect(result.findings).toEqual([]);
    expect(result.rules).toHaveLength(14);
    expect(result.rules.every((rule) => rule.level === rule.defaultSeverity)).toBe(true);
  });
});
