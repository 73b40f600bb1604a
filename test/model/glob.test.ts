import { describe, expect, it } from 'vitest';
import { acceptedGlobsMatcher, compileGlob, MAX_GLOB_LENGTH } from '../../src/model/glob/compile-glob.js';
import { ruleScope } from '../../src/query/audit/rule-scope.js';
import { scopeWithFiles } from '../../src/build/graph/rule-scope-files.js';
import { MAX_BRACE_EXPANSIONS } from '../../src/model/glob/expand-braces.js';

const matches = (glob: string, path: string, dot = true) => {
  const compiled = compileGlob(glob, { dot });
  if (!compiled.ok) throw new Error(compiled.reason);
  return compiled.match(path);
};

describe('globs matched in linear time', () => {
  it('reads globs as picomatch does: stars within a segment, ** across, classes, braces, negation', () => {
    expect(matches('**/prompts/**/*.{md,txt}', 'apps/web/prompts/support/a.txt')).toBe(true);
    expect(matches('**/prompts/**/*.{md,txt}', 'prompts/a.md')).toBe(true);
    expect(matches('**/prompts/**/*.{md,txt}', 'apps/prompts.md')).toBe(false);
    expect(matches('src/*.ts', 'src/x/a.ts')).toBe(false);
    expect(matches('docs/[a-c]?.md', 'docs/b1.md')).toBe(true);
    expect(matches('docs/[!a-c]*.md', 'docs/b1.md')).toBe(false);
    expect(matches('x/{1..3}.md', 'x/3.md')).toBe(true);
    expect(matches('x/{1..3}.md', 'x/4.md')).toBe(false);
    expect(matches('src/@(a|b).ts', 'src/b.ts')).toBe(true);
    expect(matches('!**/*.md', 'a/b.md')).toBe(false);
    expect(matches('a\\*b', 'a*b')).toBe(true);
    expect(matches('a\\*b', 'axb')).toBe(false);
    expect(matches('**/*', '.github/CODEOWNERS')).toBe(true);
    expect(matches('**/*', '.github/CODEOWNERS', false)).toBe(false);
  });

  it('refuses what picomatch threw on or could not bound, with a reason', () => {
    expect(compileGlob('')).toEqual({ ok: false, reason: 'an empty glob matches nothing' });
    expect(compileGlob('x'.repeat(MAX_GLOB_LENGTH + 1))).toMatchObject({ ok: false });
    expect(compileGlob('{a,b}'.repeat(9))).toEqual({
      ok: false,
      reason: `its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns`,
    });
    expect(compileGlob('+(a|b)')).toMatchObject({ ok: false, reason: expect.stringMatching(/extglob/) });
  });

  it('matches a backtracking-shaped glob in time linear in the path', () => {
    const glob = compileGlob('*a*a*a*a*a*a*a*a*b');
    if (!glob.ok) throw new Error(glob.reason);
    const timeOf = (length: number) => {
      const started = performance.now();
      for (let round = 0; round < 20; round++) expect(glob.match('a'.repeat(length))).toBe(false);
      return performance.now() - started;
    };
    timeOf(100);
    const short = timeOf(500);
    const long = timeOf(2_000);
    expect(long).toBeLessThan(short * 8 + 50);
  });
});

describe('globs read from scanned files and rule settings (acceptedGlobsMatcher)', () => {
  it('matches when any accepted glob does and leaves out a refused one instead of throwing', () => {
    const matcher = acceptedGlobsMatcher(['+(a)', 'src/**/*.ts', '']);
    expect(matcher('src/api/route.ts')).toBe(true);
    expect(matcher('a')).toBe(false);
    expect(matcher('docs/readme.md')).toBe(false);
  });

  it('scopes an audit rule and an instruction file with the linear matcher', () => {
    const scope = ruleScope({ paths: ['services/**'], ignore: ['**/tests/**'] });
    expect([
      scope('services/chat/reply.ts'),
      scope('services/chat/tests/reply.ts'),
      scope('apps/x.ts'),
      scope(''),
    ]).toEqual([true, false, false, true]);
    expect(
      scopeWithFiles({ always: false, globs: ['src/**/*.ts'] }, ['src/a.ts', 'src/b/c.ts', 'README.md']).files,
    ).toBe(2);
  });
});
