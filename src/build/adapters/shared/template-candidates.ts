import { dirname, joinRepoPath } from '../../../model/repo-path.js';

/**
 * Folder names a template loader is commonly rooted at. A name that resolves
 * nowhere along the including file's own folders may live in such a folder
 * beside one of them (`FileSystemLoader(["agents/x", "templates"])`).
 */
const LOADER_ROOT_FOLDERS = ['templates', 'prompts'] as const;

/**
 * Repository paths a template reference may mean, most likely first: each of
 * `names` (spellings of one reference: `x.hbs`, `_x.hbs`, `partials/x.hbs`)
 * under the including file's own folder, then under each parent folder up to
 * the repository root, and under each level's `loaderRoots` subfolders.
 *
 * Only folders on the way up are tried, never a sibling's: two agents'
 * `system.j2` in `agents/a/` and `agents/b/` can never resolve to each other.
 */
export function nearestFirst(
  directory: string,
  names: readonly string[],
  loaderRoots: readonly string[] = LOADER_ROOT_FOLDERS,
): string[] {
  const candidates: string[] = [];
  for (let current = directory; ; current = dirname(current)) {
    for (const name of names) candidates.push(joinRepoPath(current, name));
    for (const root of loaderRoots)
      for (const name of names) candidates.push(joinRepoPath(current ? `${current}/${root}` : root, name));
    if (!current) break;
  }
  return [...new Set(candidates)];
}

/**
 * A path written relative to the including file (`./x`, `../x`): exactly one
 * candidate. One that climbs above the root keeps its leading `../`, so the
 * resolver reports it as outside the repository instead of reading it.
 */
export const relativeTo = (file: string, relative: string): string => joinRepoPath(dirname(file), relative);

/** True for `/etc/x` and `C:\x`: an absolute path, which names no repository file. */
export const isAbsolutePath = (name: string): boolean => name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name);

/** True for `https://…`, `data:…`: a resource no repository file holds. */
export const isUrl = (name: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(name) && !/^[A-Za-z]:[\\/]/.test(name);
