import { describe, expect, it } from 'vitest';
import { filesMatching } from '../../src/build/resolve/files-matching.js';

/** The matcher as it was before the indexes: every file tested against the pattern's expression. */
function everyFileTested(files: ReadonlySet<string>, pattern: string): string[] {
  if (pattern.startsWith('../') || pattern.startsWith('/')) return [];
  const expression = new RegExp(
    `^${pattern
      .replace(/^\*\*\//, '\0')
      .split('*')
      .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('[^/]*')
      .replace('\0', '(?:.*/)?')}$`,
  );
  return [...files].filter((file) => expression.test(file)).sort();
}

const FILES = new Set([
  'pyproject.toml',
  'README.md',
  'lib/a/pyproject.toml',
  'lib/a/src/a/prompts/system.md',
  'lib/a/src/a/prompts/user.md',
  'lib/a/src/a/prompts/nested/deep.md',
  'prompts/reply.prompt',
  'prompts/_persona.prompt',
  'prompts/x.y.md',
  'docs/.well-known/agent-card.json',
  'web/.well-known/agent-card.json',
  'a(b)/[c].md',
]);

describe('filesMatching', () => {
  it.each([
    'prompts/*.prompt',
    'prompts/_*.prompt',
    'lib/a/src/a/prompts/*.md',
    'lib/*/src/*/prompts/*.md',
    '**/pyproject.toml',
    '**/.well-known/agent-card.json',
    '**/prompts/*.md',
    '**/*.md',
    '*.md',
    'pyproject.toml',
    'prompts/x.y.md',
    'prompts/xzy.md',
    'a(b)/[c].md',
    'missing/*.md',
    '**/missing.md',
  ])('finds what testing every file finds: %s', (pattern) => {
    const expected = everyFileTested(FILES, pattern);
    expect(filesMatching(FILES, pattern)).toEqual(expected);
  });

  it('finds a file of the right folder and name and nothing else', () => {
    expect(filesMatching(FILES, '**/pyproject.toml')).toEqual(['lib/a/pyproject.toml', 'pyproject.toml']);
    expect(filesMatching(FILES, 'prompts/*.prompt')).toEqual(['prompts/_persona.prompt', 'prompts/reply.prompt']);
  });

  it('indexes a set again when it grew since it was indexed', () => {
    const files = new Set(['prompts/a.md']);
    expect(filesMatching(files, 'prompts/*.md')).toEqual(['prompts/a.md']);
    files.add('prompts/b.md');
    expect(filesMatching(files, 'prompts/*.md')).toEqual(['prompts/a.md', 'prompts/b.md']);
  });
});
