import path from 'node:path';
import type { FileListing, FileSource } from '../model/file-source.js';
import { nulFields, runGit } from './run-git.js';
import { catFileBatch } from './cat-file-batch.js';
import type { GitBlobStore } from './git-blob-store.js';

export interface GitRevisionSource extends FileSource {
  /** Stops the `git cat-file` process; call when the scan is done. */
  close(): void;
}

export interface GitRevisionSourceOptions {
  /**
   * Read blobs through this store (shared by many revisions, cached by blob id)
   * instead of a `cat-file` process of this revision's own: a walk over history
   * then reads each version of a file once, however many revisions hold it.
   */
  blobs?: GitBlobStore;
}

/**
 * The files of `commit` under the folder `cwd`, read straight from git's object
 * store: `ls-tree -r -z` lists them, one long-lived `cat-file --batch` reads
 * them. Paths are relative to `cwd`, like the working-tree scan's.
 */
export function gitRevisionSource(
  cwd: string,
  commit: string,
  options: GitRevisionSourceOptions = {},
): GitRevisionSource {
  const name = path.basename(path.resolve(cwd));
  if (options.blobs) return blobStoreSource(cwd, commit, name, options.blobs);
  const batch = catFileBatch(cwd, commit);
  const listFiles = async () => nulFields(await runGit(cwd, ['ls-tree', '-r', '-z', '--name-only', commit])).sort();
  return {
    name,
    listFiles,
    listFilesWithDiagnostics: async () => treeListing(await listFiles()),
    readFile: (relativePath) => batch.read(`${commit}:./${relativePath}`, relativePath),
    close: () => batch.close(),
  };
}

/** A revision's tree is the file set: everything in it is tracked, so no `.gitignore` takes a file away. */
const treeListing = (files: string[]): FileListing => ({ files, diagnostics: [], gitFileSet: true });

function blobStoreSource(cwd: string, commit: string, name: string, blobs: GitBlobStore): GitRevisionSource {
  let tree: Promise<Map<string, string>> | undefined;
  // `<mode> SP <type> SP <object> TAB <path>`: the object id lets the store skip blobs it has read.
  const objects = () =>
    (tree ??= runGit(cwd, ['ls-tree', '-r', '-z', commit]).then((output) => {
      const byPath = new Map<string, string>();
      for (const entry of nulFields(output)) {
        const tab = entry.indexOf('\t');
        byPath.set(entry.slice(tab + 1), entry.slice(0, tab).split(' ')[2]!);
      }
      return byPath;
    }));
  const listFiles = async () => [...(await objects()).keys()].sort();
  return {
    name,
    listFiles,
    listFilesWithDiagnostics: async () => treeListing(await listFiles()),
    async readFile(relativePath) {
      const object = (await objects()).get(relativePath);
      if (!object) throw Object.assign(new Error(`ENOENT: ${relativePath} is not in ${commit}`), { code: 'ENOENT' });
      return blobs.read(object, relativePath);
    },
    // The store outlives the revision; its owner closes it.
    close: () => undefined,
  };
}
