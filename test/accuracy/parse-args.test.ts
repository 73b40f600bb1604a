import { describe, expect, it } from 'vitest';
import { parseAccuracyArgs, UsageError } from '../../scripts/accuracy/parse-args.mjs';

describe('parseAccuracyArgs', () => {
  it('takes the CLI to measure, so another branch is scored with the same scenarios', () => {
    const options = parseAccuracyArgs(['--mirrors', '/m', '--cli', '/tmp/main/bin/promptgraph.js']);
    expect(options.cli).toBe('/tmp/main/bin/promptgraph.js');
    expect(options.mirrors).toBe('/m');
  });

  it("leaves the CLI unset by default (the runner then measures this checkout's own)", () => {
    expect(parseAccuracyArgs(['--mirrors', '/m']).cli).toBeUndefined();
  });

  it('refuses a run without mirrors', () => {
    expect(() => parseAccuracyArgs(['--cli', 'x.js'])).toThrow(UsageError);
  });
});
