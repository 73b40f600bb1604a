import { describe, expect, it } from 'vitest';
import { pep440Satisfies } from '../../src/build/merge/pep440.js';
import { versionSatisfies } from '../../src/build/merge/version-range.js';

describe('version ranges', () => {
  it.each([
    ['1.4.0', '>=1.0,<1.4', false],
    ['1.3.9', '>=1.0,<1.4', true],
    ['1.4.2', '~=1.4', true],
    ['2.0.0', '~=1.4', false],
    ['1.4.5', '~=1.4.2', true],
    ['1.5.0', '~=1.4.2', false],
    ['1.4.7', '==1.4.*', true],
    ['1.5.0', '==1.4.*', false],
    ['1.3.2', '!=1.3.2', false],
    ['1.4.0rc1', '>=1.4', false],
  ] as const)('PEP 440: %s in %s is %s', (version, range, expected) => {
    expect(pep440Satisfies(version, range)).toBe(expected);
  });

  it('cannot read is undefined, never a mismatch', () => {
    expect(pep440Satisfies('1.4.0', 'latest')).toBeUndefined();
    expect(versionSatisfies('npm', '2.1.0', 'workspace:*')).toBeUndefined();
  });

  it('reads npm ranges and Poetry carets with semver', () => {
    expect(versionSatisfies('npm', '2.1.0', '^2.0.0')).toBe(true);
    expect(versionSatisfies('npm', '3.0.0', '^2.0.0')).toBe(false);
    expect(versionSatisfies('pypi', '1.4.0', '^1.2')).toBe(true);
    expect(versionSatisfies('pypi', '2.0', '^1.2')).toBe(false);
  });
});
