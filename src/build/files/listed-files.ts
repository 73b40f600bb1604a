import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { FileListing } from '../../model/file-source.js';
import { symlinkListing } from './symlinks.js';

/**
 * A listing someone else made (git's file set of a work tree), checked against
 * the disk: a path deleted since is left out (git still lists a tracked file
 * removed from the work tree); a symlink is treated as the folder walk treats
 * it; a folder (a submodule, or a nested repository git lists by its folder) is
 * reported and not entered, as its files belong to another repository.
 */
export function checkListedFiles(absoluteRoot: string, realRoot: string, listed: readonly string[]): FileListing {
  const listing: FileListing = { files: [], diagnostics: [], gitFileSet: true };
  for (const file of listed) {
    const absolute = path.join(absoluteRoot, file);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(absolute);
    } catch {
      continue;
    }
    if (stats.isFile()) listing.files.push(file);
    else if (stats.isSymbolicLink()) {
      const symlink = symlinkListing(realRoot, absolute, file);
      if (symlink.listed) listing.files.push(file);
      else listing.diagnostics.push(symlink.diagnostic);
    } else if (stats.isDirectory())
      listing.diagnostics.push({
        severity: 'info',
        code: 'submodule-not-scanned',
        file,
        line: 1,
        message:
          'not scanned: a git submodule or nested repository, whose files belong to another repository; scan it on its own',
      });
  }
  listing.files.sort();
  return listing;
}
