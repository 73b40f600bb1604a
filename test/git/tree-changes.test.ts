import { afterEach, describe, expect, it } from 'vitest';
import { parseTreeChanges, treeChanges } from '../../src/git/tree-changes.js';
import { applyTreeChanges } from '../../src/git/apply-tree-changes.js';
import { readTree } from '../../src/git/revision-tree.js';
import { createGitRepo, type GitRepo } from '../support/git-repo.js';

let repo: GitRepo | undefined;
afterEach(() => repo?.dispose());

const ZERO = '0'.repeat(40);

describe('tree changes', () => {
  it('parses raw -z records, a rename with both paths and names holding a tab or a newline exactly', () => {
    const [a, b] = ['a'.repeat(40), 'b'.repeat(40)];
    const output = Buffer.from(
      [
        `:000000 100644 ${ZERO} ${a} A`,
        'new\tname.md',
        `:100644 100644 ${a} ${b} R087`,
        'old.md',
        'line\nbreak.md',
        `:100644 000000 ${b} ${ZERO} D`,
        'gone.py',
        '',
      ].join('\0'),
    );
    expect(parseTreeChanges(output)).toEqual([
      {
        status: 'A',
        from: 'new\tname.md',
        path: 'new\tname.md',
        oldMode: '000000',
        newMode: '100644',
        oldObject: ZERO,
        newObject: a,
      },
      {
        status: 'R',
        from: 'old.md',
        path: 'line\nbreak.md',
        oldMode: '100644',
        newMode: '100644',
        oldObject: a,
        newObject: b,
      },
      {
        status: 'D',
        from: 'gone.py',
        path: 'gone.py',
        oldMode: '100644',
        newMode: '000000',
        oldObject: b,
        newObject: ZERO,
      },
    ]);
  });

  it("derives a revision's tree from another's and the changes between them, in either direction", async () => {
    repo = createGitRepo({ 'a.md': 'a\n', 'dir/b.md': 'b\n', 'dir/c.py': 'C = "c"\n' });
    const first = repo.commit('first');
    repo.write({ 'a.md': 'a, edited\n', 'dir/renamed.md': 'b\n', 'new/d.txt': 'd\n' });
    repo.remove('dir/b.md', 'dir/c.py');
    const second = repo.commit('edit, rename, add, delete');
    const [older, newer] = [await readTree(repo.dir, first), await readTree(repo.dir, second)];
    const sorted = (tree: Map<string, unknown>) => [...tree].sort(([left], [right]) => (left < right ? -1 : 1));
    expect(sorted(applyTreeChanges(older, await treeChanges(repo.dir, first, second)))).toEqual(sorted(newer));
    expect(sorted(applyTreeChanges(newer, await treeChanges(repo.dir, second, first)))).toEqual(sorted(older));
    expect(await treeChanges(repo.dir, first, first)).toEqual([]);
  });
});
