import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/build/ownership/codeowners.js';

/** The example file of GitHub's "About code owners" page, one rule a block as the page explains them. */
const ownersOf = (codeowners: string, path: string): string[] =>
  parseCodeowners('.github/CODEOWNERS', codeowners).ownersOf(path).owners;

describe('CODEOWNERS patterns, against the GitHub documentation examples', () => {
  it('`*` owns every file at any depth, dotfiles included', () => {
    const file = '* @global-owner1 @global-owner2';
    for (const path of ['README.md', 'src/deep/nested/file.ts', '.github/workflows/ci.yml']) {
      expect(ownersOf(file, path)).toEqual(['@global-owner1', '@global-owner2']);
    }
  });

  it('the last matching line wins: `*.js` after `*` leaves only the JS owner on JS files', () => {
    const file = '* @global-owner1\n*.js @js-owner';
    expect(ownersOf(file, 'web/app.js')).toEqual(['@js-owner']);
    expect(ownersOf(file, 'web/app.ts')).toEqual(['@global-owner1']);
  });

  it('an email address is an owner (`*.go docs@example.com`)', () => {
    expect(ownersOf('*.go docs@example.com', 'cmd/main.go')).toEqual(['docs@example.com']);
  });

  it('`*.txt @octo-org/octocats`: a team owns every .txt', () => {
    expect(ownersOf('*.txt @octo-org/octocats', 'a/b/notes.txt')).toEqual(['@octo-org/octocats']);
  });

  it('`/build/logs/` owns the root build/logs folder and its subfolders, and no other logs folder', () => {
    const file = '/build/logs/ @doctocat';
    expect(ownersOf(file, 'build/logs/today.log')).toEqual(['@doctocat']);
    expect(ownersOf(file, 'build/logs/2024/01.log')).toEqual(['@doctocat']);
    expect(ownersOf(file, 'app/build/logs/today.log')).toEqual([]);
    expect(ownersOf(file, 'build/logs')).toEqual([]);
  });

  it('`docs/*` owns docs/getting-started.md but not the nested docs/build-app/troubleshooting.md', () => {
    const file = 'docs/* docs@example.com';
    expect(ownersOf(file, 'docs/getting-started.md')).toEqual(['docs@example.com']);
    expect(ownersOf(file, 'docs/build-app/troubleshooting.md')).toEqual([]);
  });

  it('`apps/` owns any file in an apps directory anywhere in the repository', () => {
    const file = 'apps/ @octocat';
    expect(ownersOf(file, 'apps/web/index.ts')).toEqual(['@octocat']);
    expect(ownersOf(file, 'services/apps/api.ts')).toEqual(['@octocat']);
    expect(ownersOf(file, 'myapps/api.ts')).toEqual([]);
  });

  it('`/docs/` owns the root docs folder and its subfolders only', () => {
    const file = '/docs/ @doctocat';
    expect(ownersOf(file, 'docs/guide/intro.md')).toEqual(['@doctocat']);
    expect(ownersOf(file, 'packages/a/docs/intro.md')).toEqual([]);
  });

  it('`/scripts/ @doctocat @octocat`: a change in /scripts needs either owner', () => {
    expect(ownersOf('/scripts/ @doctocat @octocat', 'scripts/release.sh')).toEqual(['@doctocat', '@octocat']);
  });

  it('`**/logs` owns /build/logs, /scripts/logs and /deeply/nested/logs', () => {
    const file = '**/logs @octocat';
    for (const path of ['build/logs/a.log', 'scripts/logs/b.log', 'deeply/nested/logs/c.log', 'logs/d.log']) {
      expect(ownersOf(file, path)).toEqual(['@octocat']);
    }
    expect(ownersOf(file, 'build/catalogs/a.log')).toEqual([]);
  });

  it('`/apps/` then `/apps/github` with no owners: everything in /apps is owned except /apps/github', () => {
    const file = '/apps/ @octocat\n/apps/github';
    expect(ownersOf(file, 'apps/web/index.ts')).toEqual(['@octocat']);
    expect(ownersOf(file, 'apps/github/index.ts')).toEqual([]);
    expect(
      parseCodeowners('CODEOWNERS', file)
        .ownersOf('apps/github/index.ts')
        .rules.map((rule) => rule.line),
    ).toEqual([2]);
  });

  it('`/apps/` then `/apps/github @doctocat`: the subfolder has its own owner', () => {
    const file = '/apps/ @octocat\n/apps/github @doctocat';
    expect(ownersOf(file, 'apps/github/index.ts')).toEqual(['@doctocat']);
    expect(ownersOf(file, 'apps/web/index.ts')).toEqual(['@octocat']);
  });

  it('paths are case-sensitive', () => {
    expect(ownersOf('/Docs/ @doctocat', 'docs/a.md')).toEqual([]);
  });

  it('`?` matches one character but never a slash; `*` never crosses a slash in an anchored pattern', () => {
    expect(ownersOf('/src/v? @a', 'src/v1/x.ts')).toEqual(['@a']);
    expect(ownersOf('/src/*.ts @a', 'src/lib/x.ts')).toEqual([]);
    expect(ownersOf('/src/**/*.ts @a', 'src/lib/deep/x.ts')).toEqual(['@a']);
  });

  it('inline comments end the owner list; full-line comments and blank lines are skipped', () => {
    const file = '# a comment\n\n*.js    @js-owner #This is an inline comment.';
    expect(ownersOf(file, 'a.js')).toEqual(['@js-owner']);
  });

  it('escaped spaces and an escaped leading # are part of the pattern', () => {
    expect(ownersOf('path\\ with\\ spaces/ @space-owner', 'path with spaces/a.md')).toEqual(['@space-owner']);
    expect(ownersOf('\\#file_with_pound.rb @pound', 'lib/#file_with_pound.rb')).toEqual(['@pound']);
  });

  it('regex and glob specials GitHub does not support are literal: braces, parentheses, plus', () => {
    expect(ownersOf('/a{b,c}.md @x', 'a{b,c}.md')).toEqual(['@x']);
    expect(ownersOf('/a{b,c}.md @x', 'ab.md')).toEqual([]);
    expect(ownersOf('/c++(1).md @x', 'c++(1).md')).toEqual(['@x']);
  });

  it('negation, character ranges and owners that are not handles are reported with their line; such lines decide nothing', () => {
    const parsed = parseCodeowners('CODEOWNERS', '* @a\n!docs/ @b\n/[ab].md @c\n*.md team-without-at');
    expect(parsed.diagnostics.map((diagnostic) => `${diagnostic.code} ${diagnostic.file}:${diagnostic.line}`)).toEqual([
      'codeowners-syntax CODEOWNERS:2',
      'codeowners-syntax CODEOWNERS:3',
      'codeowners-syntax CODEOWNERS:4',
    ]);
    expect(parsed.rules.map((rule) => rule.pattern)).toEqual(['*', '/[ab].md']);
    expect(parsed.ownersOf('[ab].md').owners).toEqual(['@c']);
    expect(parsed.ownersOf('a.md').owners).toEqual(['@a']);
    expect(parsed.ownersOf('docs/x.md').owners).toEqual(['@a']);
  });
});
