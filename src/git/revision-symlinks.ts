import path from 'node:path';
import { SUBMODULE_MODE, SYMLINK_MODE, type TreeEntry } from './revision-tree.js';

/** Where a symlink of a revision leads, read the way the working tree's file system would. */
export type LinkTarget =
  | { kind: 'file'; path: string; entry: TreeEntry }
  | { kind: 'directory'; path: string }
  | { kind: 'outside-root' }
  | { kind: 'loop' }
  | { kind: 'missing'; path: string };

/** As many hops as Linux follows before ELOOP. */
const MAX_HOPS = 40;

/**
 * Resolves `file` (a symlink, or a path through symlinked folders) inside the
 * tree: each link's blob is its target, relative to the link's folder. A target
 * that is absolute or climbs above the root is outside it, where nothing is
 * read; a chain longer than 40 links is a loop. `readLink` gives a link blob's text.
 */
export async function resolveInTree(
  entries: ReadonlyMap<string, TreeEntry>,
  file: string,
  readLink: (entry: TreeEntry) => Promise<string>,
): Promise<LinkTarget> {
  let segments = file.split('/');
  for (let hops = 0; hops <= MAX_HOPS; ) {
    let rewritten = false;
    for (let length = 1; length <= segments.length; length++) {
      const prefix = segments.slice(0, length).join('/');
      const entry = entries.get(prefix);
      if (entry?.mode !== SYMLINK_MODE) continue;
      const target = (await readLink(entry)).replace(/\\/g, '/');
      if (path.posix.isAbsolute(target)) return { kind: 'outside-root' };
      const joined = path.posix.normalize(
        path.posix.join(path.posix.dirname(prefix), target, ...segments.slice(length)),
      );
      if (joined === '..' || joined.startsWith('../')) return { kind: 'outside-root' };
      segments = joined === '.' ? [] : joined.replace(/\/$/, '').split('/');
      hops++;
      rewritten = true;
      break;
    }
    if (rewritten) continue;
    const resolved = segments.join('/');
    const entry = entries.get(resolved);
    if (entry && entry.mode !== SUBMODULE_MODE) return { kind: 'file', path: resolved, entry };
    if (resolved === '' || isDirectory(entries, resolved)) return { kind: 'directory', path: resolved };
    return { kind: 'missing', path: resolved };
  }
  return { kind: 'loop' };
}

const folderSets = new WeakMap<ReadonlyMap<string, TreeEntry>, Set<string>>();

/** Folders are implied by the paths below them; their set is built once per tree, on the first link that needs it. */
function isDirectory(entries: ReadonlyMap<string, TreeEntry>, folder: string): boolean {
  let folders = folderSets.get(entries);
  if (!folders) {
    folders = new Set();
    for (const key of entries.keys())
      for (let slash = key.indexOf('/'); slash !== -1; slash = key.indexOf('/', slash + 1))
        folders.add(key.slice(0, slash));
    folderSets.set(entries, folders);
  }
  return folders.has(folder);
}
