import path from 'node:path';
import type { Diagnostic } from '../model/schema/common.js';
import type { FileListing, FileSource } from '../model/file-source.js';
import { gitBlobStore, type GitBlobStore } from './git-blob-store.js';
import { readTree, SUBMODULE_MODE, SYMLINK_MODE, treeFingerprint, type TreeEntry } from './revision-tree.js';
import { resolveInTree, type LinkTarget } from './revision-symlinks.js';

export interface GitRevisionSource extends FileSource {
  /** Stops the `git cat-file` process; call when the scan is done. */
  close(): void;
  /** The submodules of the revision (mode 160000): their content is another repository's, never scanned. */
  submodules(): Promise<string[]>;
  /** The revision's tree as `ls-tree -r` lists it: what the next revision of a walk is derived from. */
  tree(): Promise<ReadonlyMap<string, TreeEntry>>;
}

export interface GitRevisionSourceOptions {
  /**
   * Read blobs through this store (shared by many revisions, cached by blob id)
   * instead of a `cat-file` process of this revision's own: a walk over history
   * then reads each version of a file once, however many revisions hold it.
   */
  blobs?: GitBlobStore;
  /** The revision's tree, already known (derived from a neighbour's by `applyTreeChanges`): `ls-tree` is not run. */
  tree?: ReadonlyMap<string, TreeEntry>;
}

/** The `code` a read of a symlink leading outside the root fails with, as the disk source's. */
const OUTSIDE_ROOT = 'symlink-outside-root';

/**
 * The files of `commit` under the folder `cwd`, read straight from git's object
 * store. `ls-tree -r -z` lists them with their object ids, and every read asks
 * `cat-file` for an object id, never for a path: a name is never written to
 * git's line-based protocol, so a newline in one cannot shift the reads of the
 * others. Symlinks mean what they mean in a checkout: a link to a file reads
 * the file it leads to within the tree, one leading outside the root is
 * refused, a link to a folder is not followed (reported, as on disk).
 * Submodules are not files of the revision. Paths are relative to `cwd`.
 */
export function gitRevisionSource(
  cwd: string,
  commit: string,
  options: GitRevisionSourceOptions = {},
): GitRevisionSource {
  const blobs = options.blobs ?? gitBlobStore(cwd);
  let tree: Promise<ReadonlyMap<string, TreeEntry>> | undefined = options.tree && Promise.resolve(options.tree);
  const entries = () => (tree ??= readTree(cwd, commit));
  const readLink = async (entry: TreeEntry) => (await blobs.read(entry.object, 'a symlink')).toString('utf8');
  const listFilesWithDiagnostics = async (): Promise<FileListing> => {
    const all = await entries();
    // A revision's tree is the file set: everything in it is tracked, so no `.gitignore` takes a file away.
    const listing: FileListing = { files: [], diagnostics: [], gitFileSet: true };
    for (const [file, entry] of all) {
      if (entry.mode === SUBMODULE_MODE) continue;
      if (entry.mode !== SYMLINK_MODE) {
        listing.files.push(file);
        continue;
      }
      const target = await resolveInTree(all, file, readLink);
      if (target.kind === 'directory') listing.diagnostics.push(directoryLinkDiagnostic(file, target.path));
      else listing.files.push(file);
    }
    listing.files.sort();
    return listing;
  };
  return {
    name: path.basename(path.resolve(cwd)),
    listFilesWithDiagnostics,
    listFiles: async () => (await listFilesWithDiagnostics()).files,
    async readFile(relativePath) {
      const all = await entries();
      const entry = all.get(relativePath);
      if (entry && entry.mode !== SYMLINK_MODE && entry.mode !== SUBMODULE_MODE)
        return blobs.read(entry.object, relativePath);
      const target = await resolveInTree(all, relativePath, readLink);
      if (target.kind === 'file') return blobs.read(target.entry.object, relativePath);
      throw unreadable(relativePath, commit, target);
    },
    fingerprint: async () => treeFingerprint(await entries()),
    submodules: async () =>
      [...(await entries())]
        .filter(([, entry]) => entry.mode === SUBMODULE_MODE)
        .map(([file]) => file)
        .sort(),
    tree: entries,
    // A store handed in outlives the revision: its owner closes it.
    close: () => (options.blobs ? undefined : blobs.close()),
  };
}

function unreadable(file: string, commit: string, target: Exclude<LinkTarget, { kind: 'file' }>): Error {
  const failure = (code: string, message: string) => Object.assign(new Error(message), { code });
  if (target.kind === 'outside-root') return failure(OUTSIDE_ROOT, `${file} resolves outside the repository root`);
  if (target.kind === 'loop') return failure('ELOOP', `ELOOP: too many levels of symbolic links: ${file}`);
  if (target.kind === 'directory') return failure('EISDIR', `EISDIR: ${file} is a directory`);
  return failure('ENOENT', `ENOENT: ${file} is not in ${commit}`);
}

function directoryLinkDiagnostic(file: string, target: string): Diagnostic {
  const folder = path.posix.dirname(file);
  const loops = target === '' || folder === target || folder.startsWith(`${target}/`);
  return loops
    ? {
        severity: 'warning',
        code: 'symlink-loop',
        file,
        line: 1,
        message: `not followed: the directory symlink leads to ${target === '' ? 'the repository root' : target}, which holds the link itself, so following it would list the same files forever`,
      }
    : {
        severity: 'info',
        code: 'symlink-not-followed',
        file,
        line: 1,
        message: `not followed: the directory symlink leads to ${target}, whose files are scanned there`,
      };
}
