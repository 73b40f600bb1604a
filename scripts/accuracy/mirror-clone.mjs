import { existsSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { git } from './git.mjs';

/**
 * The git directory of `owner/name` under the mirrors folder, laid out as the
 * fetch tool leaves it: `<mirrors>/<owner>+<name>/…`, holding a bare repository
 * or a clone with a `.git` folder somewhere below (`repo/`, `repo/.git`).
 * Returns undefined when there is none.
 */
export function findMirrorGitDir(mirrors, repo) {
  const top = path.join(mirrors, repo.replace('/', '+'));
  if (!existsSync(top)) return undefined;
  return searchGitDir(top, 3);
}

function searchGitDir(dir, depth) {
  if (isGitDir(dir)) return dir;
  if (existsSync(path.join(dir, '.git')) && isGitDir(path.join(dir, '.git'))) return path.join(dir, '.git');
  if (depth === 0) return undefined;
  const children = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.endsWith('.part'))
    .map((entry) => entry.name)
    .sort();
  for (const child of children) {
    const found = searchGitDir(path.join(dir, child), depth - 1);
    if (found) return found;
  }
  return undefined;
}

function isGitDir(dir) {
  return (
    existsSync(path.join(dir, 'HEAD')) &&
    existsSync(path.join(dir, 'objects')) &&
    statSync(path.join(dir, 'objects')).isDirectory()
  );
}

/**
 * Clones the mirror into a temp folder and checks out `commit`. Snapshots lack
 * their largest blobs (media, vendored binaries), so a plain checkout fails:
 * those paths are left out of the work tree with a sparse checkout, and
 * `commitEdits` writes trees with `--missing-ok`. The skipped paths are returned
 * so the report can say what the tool did not see.
 */
export function cloneAtCommit(gitDir, commit) {
  const parent = mkdtempSync(path.join(tmpdir(), 'promptgraph-accuracy-'));
  const dir = path.join(parent, 'repo');
  git(parent, ['clone', '--quiet', '--no-checkout', gitDir, dir]);
  try {
    git(dir, ['cat-file', '-e', `${commit}^{commit}`]);
  } catch {
    throw new Error(`commit ${commit} is not in the mirror ${gitDir}; fetch a newer snapshot or pin a commit it has`);
  }
  const missing = missingBlobs(dir, commit);
  const patterns = ['/*', ...missing.map((file) => `!/${escapeSparsePattern(file)}`)];
  git(dir, ['sparse-checkout', 'set', '--no-cone', '--stdin'], `${patterns.join('\n')}\n`);
  git(dir, ['checkout', '--quiet', '--detach', commit]);
  return { dir, parent, missing };
}

/** Paths of `commit` whose blob the object store does not have. */
function missingBlobs(dir, commit) {
  const entries = git(dir, ['ls-tree', '-r', '-z', '--format=%(objecttype) %(objectname)%x09%(path)', commit])
    .split('\0')
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf('\t');
      const [type, object] = line.slice(0, tab).split(' ');
      return { type, object, file: line.slice(tab + 1) };
    })
    .filter((entry) => entry.type === 'blob');
  const answers = git(
    dir,
    ['cat-file', '--batch-check=%(objectname) %(objecttype)'],
    `${entries.map((e) => e.object).join('\n')}\n`,
  ).split('\n');
  return entries.filter((_, index) => answers[index]?.endsWith(' missing')).map((entry) => entry.file);
}

/** Sparse-checkout patterns are gitignore patterns: escape the characters that would match more than the path. */
function escapeSparsePattern(file) {
  return file.replace(/[\\*?[\]!#]/g, (char) => `\\${char}`).replace(/^ /, '\\ ');
}
