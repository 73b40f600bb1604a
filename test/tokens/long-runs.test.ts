import { describe, expect, it } from 'vitest';
import { countTokens as gptTokens } from 'gpt-tokenizer/encoding/o200k_base';
import { countTokens } from '../../src/query/tokens/count-tokens.js';

describe('counting tokens stays linear on text with no spaces', () => {
  it('counts prose exactly as the tokenizer does, and a run of 256 characters whole', () => {
    const prose = 'You are Ada, the support assistant of Acme. Answer in two sentences.';
    const run = 'ab'.repeat(128);
    const text = `${prose} ${run}\n${prose}`;
    expect(countTokens(text, 'o200k_base')).toBe(gptTokens(text));
  });

  it('counts a 100,000-character run in slices, at once (fuzz seed 1, input #136: 9 s of CPU)', () => {
    const started = process.cpuUsage();
    const count = countTokens(`Be brief.\n${'a'.repeat(100_000)}\n`, 'o200k_base');
    const used = process.cpuUsage(started);
    expect(count).toBeGreaterThan(100_000 / 256);
    expect(count).toBeLessThan(100_000);
    expect((used.user + used.system) / 1000).toBeLessThan(2_000);
  });

  it('counts a 100,000-character run of tabs in slices, at once (fuzz seed 1, input #1147: 88 s of CPU)', () => {
    const started = process.cpuUsage();
    const count = countTokens(`Second half.\n${'\t'.repeat(100_000)}\n`, 'o200k_base');
    const used = process.cpuUsage(started);
    expect(count).toBeGreaterThan(100_000 / 256);
    expect(count).toBeLessThan(100_000);
    expect((used.user + used.system) / 1000).toBeLessThan(2_000);
  });
});
