import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint, fingerprintOf, sourceDigest } from '../../src/build/cache/code-fingerprint.js';
import { sourceDigest as buildDigest } from '../../scripts/code-digest.mjs';
import { REPO_ROOT } from '../support/scan-fixture.js';

const CODE = { version: '0.1.0', digest: 'a'.repeat(64), parsers: ['ts-morph@28.0.0', 'web-tree-sitter@0.25.0'] };

describe('the code fingerprint in cache keys', () => {
  it('changes with the version, the code and any parser version', () => {
    const base = fingerprintOf(CODE);
    expect(fingerprintOf({ ...CODE })).toBe(base);
    expect(fingerprintOf({ ...CODE, version: '0.1.1' })).not.toBe(base);
    expect(fingerprintOf({ ...CODE, digest: 'b'.repeat(64) })).not.toBe(base);
    expect(fingerprintOf({ ...CODE, parsers: ['ts-morph@28.0.1', 'web-tree-sitter@0.25.0'] })).not.toBe(base);
  });

  it('digests the sources at build time exactly as it does when they run directly', () => {
    const src = path.join(REPO_ROOT, 'src');
    expect((buildDigest as (root: string) => string)(src)).toBe(sourceDigest(src));
    expect(sourceDigest(src)).toMatch(/^[0-9a-f]{64}$/);
    expect(codeFingerprint()).toMatch(/^[0-9a-f]{64}$/);
  });
});
