import { describe, expect, it } from 'vitest';
import { readYaml, YAML_LIMITS } from '../../src/model/read-yaml.js';

const nestedSequence = (depth: number): string => `${'['.repeat(depth)}x${']'.repeat(depth)}`;
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  '',
].join('\n');

describe('YAML read without throwing, within documented limits', () => {
  it('reads nesting at the depth limit', () => {
    const read = readYaml(nestedSequence(YAML_LIMITS.maxDepth));
    expect(read.problems).toEqual([]);
    expect(read.value).toBeInstanceOf(Array);
  });

  it('refuses nesting one level past the limit, and far past it where the parser would run out of stack', () => {
    for (const depth of [YAML_LIMITS.maxDepth + 1, 20_000]) {
      expect(readYaml(nestedSequence(depth)).problems).toEqual([
        { line: 1, column: 1, message: `nested more than ${YAML_LIMITS.maxDepth} levels deep: refused` },
      ]);
    }
    expect(readYaml('- '.repeat(9000)).problems[0]?.message).toMatch(/nested more than 64 levels/);
  });

  it('does not count brackets inside block scalars, quotes or comments as nesting', () => {
    const brackets = '[{'.repeat(200);
    const text = `description: |\n  ${brackets}\n  more text\ntitle: "${brackets}"\nnote: x # ${brackets}\n`;
    expect(readYaml(text).problems).toEqual([]);
  });

  it('refuses an alias bomb and an alias with no anchor, with a line', () => {
    expect(readYaml(aliasBomb).problems).toEqual([
      {
        line: 1,
        column: 1,
        message: `aliases expand more than ${YAML_LIMITS.maxAliasCount} times (an alias bomb): refused`,
      },
    ]);
    expect(readYaml('a: *nowhere\n').problems[0]).toMatchObject({ line: 1, message: expect.stringMatching(/alias/i) });
  });

  it('reads a few aliases, as hand-written files use them', () => {
    expect(readYaml('base: &base { team: "@ada" }\nother: *base\n').value).toEqual({
      base: { team: '@ada' },
      other: { team: '@ada' },
    });
  });

  it('reports the first errors of one long invalid line in time linear in its length', () => {
    const timeOf = (repeats: number) => {
      const started = performance.now();
      const read = readYaml('{{x}}'.repeat(repeats));
      expect(read.problems.length).toBeGreaterThan(0);
      expect(read.problems.length).toBeLessThanOrEqual(20);
      return performance.now() - started;
    };
    timeOf(500);
    const small = timeOf(1_000);
    const large = timeOf(4_000);
    // Four times the text: a quadratic pass would take sixteen times as long.
    expect(large).toBeLessThan(small * 10 + 200);
  });
});
