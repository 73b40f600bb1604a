import ignore, { type Ignore } from 'ignore';
import type { FileSource } from '../../model/file-source.js';

/** What a folder's ignore files leave out, decided as git decides when git itself is not there to ask. */
export interface IgnoreRules {
  /** Is this file left out, by a rule matching it or a folder above it? */
  ignores(file: string): boolean;
  /** Is this folder left out (with everything under it)? */
  ignoresFolder(folder: string): boolean;
}

interface ScopedRules {
  /** The folder the rules apply below, with a trailing `/` ('' for the root). */
  folder: string;
  rules: Ignore;
}

/**
 * The ignore rules of a folder walked without git, with git's precedence: a
 * deeper `.gitignore` overrides a shallower one, `.git/info/exclude` comes
 * last, and within one file the last matching line wins, so a nested `!name`
 * re-includes what a parent folder's rules left out. A file under an ignored
 * folder cannot be re-included, and a `.gitignore` inside an ignored folder is
 * never read (git does not descend there).
 *
 * One limit of asking the `ignore` package one file at a time: when a deeper
 * file re-includes a folder that a shallower file excludes, the shallower file's
 * other rules are not applied below that folder.
 */
export async function loadIgnoreRules(source: FileSource, files: readonly string[]): Promise<IgnoreRules> {
  const read = (file: string) =>
    source.readFile(file).then(
      (bytes) => bytes.toString('utf8'),
      () => '',
    );
  // Highest precedence first: the deepest .gitignore, …, the root one, then .git/info/exclude.
  const scoped: ScopedRules[] = [{ folder: '', rules: ignore().add(await read('.git/info/exclude')) }];
  const folderDecisions = new Map<string, boolean>();
  const decide = (entry: string): boolean => {
    for (const { folder, rules } of scoped) {
      if (!entry.startsWith(folder) || entry === folder) continue;
      const relative = entry.slice(folder.length);
      const parent = parentFolder(relative);
      // The rules' own verdict on a folder above would hide their verdict on this entry: see the limit above.
      if (parent && rules.test(parent).ignored) continue;
      const verdict = rules.test(relative);
      if (verdict.ignored) return true;
      if (verdict.unignored) return false;
    }
    return false;
  };
  const ignoresFolder = (folder: string): boolean => {
    const key = folder.endsWith('/') ? folder : `${folder}/`;
    let decided = folderDecisions.get(key);
    if (decided === undefined) {
      const parent = parentFolder(key);
      decided = (parent !== '' && ignoresFolder(parent)) || decide(key);
      folderDecisions.set(key, decided);
    }
    return decided;
  };
  const gitignores = files
    .filter((file) => file === '.gitignore' || file.endsWith('/.gitignore'))
    .sort((left, right) => depth(left) - depth(right) || (left < right ? -1 : 1));
  for (const file of gitignores) {
    const folder = file.slice(0, -'.gitignore'.length);
    if (folder && ignoresFolder(folder)) continue;
    scoped.unshift({ folder, rules: ignore().add(await read(file)) });
    folderDecisions.clear();
  }
  return {
    ignores: (file) => {
      const parent = parentFolder(file);
      return (parent !== '' && ignoresFolder(parent)) || decide(file);
    },
    ignoresFolder,
  };
}

/** `a/b/c` → `a/b/`; `a/b/` → `a/`; a top-level entry → ''. */
function parentFolder(entry: string): string {
  const trimmed = entry.endsWith('/') ? entry.slice(0, -1) : entry;
  const slash = trimmed.lastIndexOf('/');
  return slash < 0 ? '' : trimmed.slice(0, slash + 1);
}

const depth = (file: string): number => file.split('/').length;
