import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/build/ownership/codeowners.js';
import { MAX_CODEOWNERS_PATTERN } from '../../src/build/ownership/codeowners-pattern.js';
import { scan } from '../../src/build/scan.js';
import { memoryFileSource } from '../../src/build/files/file-source.js';
import { savedFinding } from '../support/saved-finding.js';

describe('CODEOWNERS under hostile input', () => {
  it('matches a backtracking-shaped line in time linear in the path (it cost seconds per path as a regex)', () => {
    const codeowners = parseCodeowners('CODEOWNERS', '*a*a*a*a*a*a*a*a*b @slow\n* @everyone\n');
    const started = performance.now();
    for (let index = 0; index < 200; index++)
      expect(codeowners.ownersOf(`${'a'.repeat(60)}${index}`).owners).toEqual(['@everyone']);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it(`ignores a pattern over ${MAX_CODEOWNERS_PATTERN} characters with a warning at its line, and keeps the others`, () => {
    const codeowners = parseCodeowners('CODEOWNERS', `* @everyone\n${'a'.repeat(100_000)} @long\n`);
    expect(codeowners.diagnostics).toEqual([
      expect.objectContaining({ code: 'codeowners-syntax', line: 2, severity: 'warning' }),
    ]);
    expect(codeowners.ownersOf('a').owners).toEqual(['@everyone']);
  });

  it('scans the saved 33 KB pattern that made a regex too large to compile (crash-41039e479d)', async () => {
    const result = await scan(memoryFileSource('repo', savedFinding('crash-41039e479d')));
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ code: 'codeowners-syntax', file: expect.stringMatching(/CODEOWNERS$/) }),
    );
  });
});
