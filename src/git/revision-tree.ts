import { createHash } from 'node:crypto';
import { runGit } from './run-git.js';

/** One entry of a revision's tree, as `git ls-tree -r -z` prints it. */
export interface TreeEntry {
  /** `100644`/`100755` a file, `120000` a symlink (its blob is the target), `160000` a submodule (a commit id). */
  mode: string;
  /** The blob (or, for a submodule, the commit) the entry points at: the only handle revision reads use. */
  object: string;
}

export const SYMLINK_MODE = '120000';
export const SUBMODULE_MODE = '160000';

/**
 * Parses `ls-tree -r -z` output: `<mode> SP <type> SP <object> TAB <path> NUL`.
 * Paths come NUL-terminated and unquoted, so a name holding a newline, a tab,
 * quotes or right-to-left characters is kept exactly; the tab that ends the
 * header is the first one, as mode, type and object never hold one.
 */
export function parseTree(output: Buffer): Map<string, TreeEntry> {
  const entries = new Map<string, TreeEntry>();
  for (const record of output.toString('utf8').split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode, , object] = record.slice(0, tab).split(' ');
    entries.set(record.slice(tab + 1), { mode: mode!, object: object! });
  }
  return entries;
}

/** Every entry of `commit` below the folder `cwd`, with paths relative to it. */
export async function readTree(cwd: string, commit: string): Promise<Map<string, TreeEntry>> {
  return parseTree(await runGit(cwd, ['ls-tree', '-r', '-z', '--end-of-options', commit]));
}

/**
 * A digest of a revision's tree as its FileSource reads it: every path with its mode and object id
 * (a symlink's target is its blob, so how it resolves follows from the tree too). A revision source's
 * fingerprint, for reusing a whole scan's result.
 */
export function treeFingerprint(entries: ReadonlyMap<string, TreeEntry>): string {
  const hash = createHash('sha256').update('git revision 1\n');
  for (const [file, entry] of entries) hash.update(`${file}\0${entry.mode} ${entry.object}\n`);
  return hash.digest('hex');
}
