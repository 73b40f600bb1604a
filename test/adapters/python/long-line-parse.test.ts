import { describe, expect, it } from 'vitest';
import { pythonAdapter } from '../../../src/build/adapters/python/python-adapter.js';

const extract = (text: string) => pythonAdapter.extract({ path: 'app/rules.py', text }, { config: {} as never });

describe('a line that stalls the Python parser', () => {
  it('is left out with a warning at its line, and the prompts around it are kept (fuzz seed 1, input #123)', async () => {
    // After an unclosed string, tree-sitter's error recovery is quadratic along this line: minutes at 400,000 characters.
    const text = `RULES_PROMPT = "Never reve;- inter\nal data."\n${'{{x}}'.repeat(40_000)}\nTONE_PROMPT = "Answer warmly."\n`;
    const started = process.cpuUsage();
    const extraction = await extract(text);
    const used = process.cpuUsage(started);
    expect(extraction.units.map((unit) => unit.symbol)).toContain('TONE_PROMPT');
    expect(extraction.diagnostics.filter((d) => d.code === 'long-line-not-parsed').map((d) => d.line)).toEqual([3]);
    expect((used.user + used.system) / 1000).toBeLessThan(10_000);
  });

  it('reads a line up to the limit: a 9,000-character prompt on one line is kept', async () => {
    const text = `BIG_PROMPT = "${'Answer in one sentence. '.repeat(375)}"\n`;
    const extraction = await extract(text);
    expect(extraction.units.map((unit) => unit.symbol)).toEqual(['BIG_PROMPT']);
    expect(extraction.diagnostics.filter((d) => d.code === 'long-line-not-parsed')).toEqual([]);
  });
});
