import { describe, expect, it } from 'vitest';
import { parseCodeowners } from '../../src/build/ownership/codeowners.js';

/** GitLab sections, after the examples of GitLab's "Code Owners" syntax and advanced pages. */
describe('CODEOWNERS with GitLab sections', () => {
  const file = [
    '# Required for all files',
    '* @general-approvers',
    '',
    '[Documentation][2] @docs-team',
    'docs/',
    'README.md',
    '*.txt',
    '',
    '^[Database] @database-team',
    'model/db/',
    'config/db/database-setup.md @docs-team',
  ].join('\n');
  const parsed = parseCodeowners('CODEOWNERS', file);

  it('reads section headers: name, optional `^`, approval count `[N]`, default owners', () => {
    expect(parsed.sections).toEqual([
      { name: 'Documentation', optional: false, approvals: 2, defaultOwners: ['@docs-team'], line: 4 },
      { name: 'Database', optional: true, approvals: 1, defaultOwners: ['@database-team'], line: 9 },
    ]);
  });

  it('entries that name no owner take their section default owners', () => {
    expect(parsed.rules.find((rule) => rule.pattern === 'model/db/')?.owners).toEqual(['@database-team']);
    expect(parsed.rules.find((rule) => rule.pattern === 'config/db/database-setup.md')?.owners).toEqual(['@docs-team']);
  });

  it('entries outside any section are one more section: their owners always apply beside the sections', () => {
    const ownership = parsed.ownersOf('docs/index.md');
    expect(ownership.owners).toEqual(['@docs-team', '@general-approvers']);
    expect(ownership.rules.map((rule) => [rule.line, rule.section ?? '(none)'])).toEqual([
      [2, '(none)'],
      [5, 'Documentation'],
    ]);
  });

  it('the owners of every section whose patterns match are combined', () => {
    const both = parseCodeowners('CODEOWNERS', '[Docs]\n*.md @docs\n[Backend]\napp/ @backend');
    expect(both.ownersOf('app/README.md').owners).toEqual(['@backend', '@docs']);
  });

  it('within a section the last matching entry wins', () => {
    const lastWins = parseCodeowners('CODEOWNERS', '[Docs]\n*.md @writers\ndocs/api/ @api-writers');
    expect(lastWins.ownersOf('docs/api/x.md').owners).toEqual(['@api-writers']);
    expect(lastWins.ownersOf('docs/guide/x.md').owners).toEqual(['@writers']);
  });

  it('section names are case-insensitive and sections with one name are combined', () => {
    const combined = parseCodeowners('CODEOWNERS', '[Docs] @a\n*.md\n[Backend]\napp/ @backend\n[DOCS]\nguide/ @b');
    expect(combined.sections.map((section) => section.name)).toEqual(['Docs', 'Backend']);
    expect(combined.ownersOf('guide/x.md').owners).toEqual(['@b']);
    expect(combined.ownersOf('other/x.md').owners).toEqual(['@a']);
  });

  it('roles (`@@maintainer`) and nested groups are owners', () => {
    const roles = parseCodeowners('CODEOWNERS', '/config/ @@maintainer\nREADME @group @group/with-nested/subgroup');
    expect(roles.ownersOf('config/app.yml').owners).toEqual(['@@maintainer']);
    expect(roles.ownersOf('README').owners).toEqual(['@group', '@group/with-nested/subgroup']);
    expect(roles.diagnostics).toEqual([]);
  });

  it('`/docs/**/*.md` owns Markdown files at any depth under the root docs folder', () => {
    const deep = parseCodeowners('CODEOWNERS', '/docs/**/*.md @root-docs');
    expect(deep.ownersOf('docs/a.md').owners).toEqual(['@root-docs']);
    expect(deep.ownersOf('docs/x/y/a.md').owners).toEqual(['@root-docs']);
    expect(deep.ownersOf('docs/x/y/a.txt').owners).toEqual([]);
  });
});
