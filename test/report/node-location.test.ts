import { describe, expect, it } from 'vitest';
import { nodeLocation } from '../../src/output/report/diagnostic-location.js';

describe('nodeLocation', () => {
  it('prints a line range as start-end', () => {
    expect(nodeLocation({ file: 'prompts/a.ts', range: { start: 3, end: 9 } })).toBe('prompts/a.ts:3-9');
  });

  it('prints a one-line node as its line alone', () => {
    expect(nodeLocation({ file: 'prompts/a.ts', range: { start: 7, end: 7 } })).toBe('prompts/a.ts:7');
  });
});
