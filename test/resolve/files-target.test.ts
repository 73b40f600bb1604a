import { describe, expect, it } from 'vitest';
import { resolveTarget, type ResolveContext } from '../../src/build/resolve/resolve-target.js';
import { UnitIndex } from '../../src/build/resolve/unit-index.js';
import type { ExtractedUnit } from '../../src/model/extraction.js';

const whole = (): ExtractedUnit => ({ role: 'text', range: { start: 1, end: 1 }, format: 'markdown', variables: [] });
const files = [
  'src/prompts/triage.md',
  'src/prompts/refund.md',
  'src/prompts/notes.txt',
  'src/prompts/agents/deep.md',
  'prompts/root.md',
  'src/prompts/README',
];
const context: ResolveContext = {
  units: new UnitIndex(
    files
      .filter((file) => file !== 'src/prompts/README')
      .map((path) => ({ path, extraction: { units: [whole()], references: [], diagnostics: [] } })),
  ),
  exportsByFile: new Map(),
  resolvers: {},
  files: new Set(files),
};

describe('resolving a path pattern (a file read whose name is known only at run time)', () => {
  it('gives every file of the first pattern that matches any, `*` staying within one folder', () => {
    expect(
      resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['src/prompts/*.md', 'prompts/*.md'] }),
    ).toEqual({ ids: ['src/prompts/refund.md', 'src/prompts/triage.md'] });
  });

  it('falls back to the next pattern, and reads characters of a path literally', () => {
    expect(
      resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['lib/prompts/*.md', 'prompts/*.md'] }),
    ).toEqual({ ids: ['prompts/root.md'] });
    expect(resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['src/prompts/triage*md'] })).toEqual({
      ids: ['src/prompts/triage.md'],
    });
    expect(resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['src/prompts/triage.m*'] })).toEqual({
      ids: ['src/prompts/triage.md'],
    });
    expect(
      resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['src/prompts/triage?md'] }),
    ).toMatchObject({ ids: [] });
  });

  it('is no finding when nothing matches or the pattern leaves the root: the adapter has reported the load', () => {
    expect(resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['src/templates/*.md'] })).toEqual({
      ids: [],
      problem: 'external',
    });
    expect(resolveTarget(context, 'src/loader.ts', { type: 'files', patterns: ['../outside/*.md'] })).toEqual({
      ids: [],
      problem: 'external',
    });
  });
});
