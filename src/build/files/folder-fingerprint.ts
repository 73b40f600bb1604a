import { createHash } from 'node:crypto';
import type { FileListing } from '../../model/file-source.js';
import { diskState } from '../../model/disk-state.js';

/**
 * The state of a folder outside git as the disk source lists and reads it: the listing (with the
 * symlinked folders it reports) and each listed file's size, times, inode and mode, or the hash of
 * its bytes when it changed too recently for its stat to be trusted (src/model/disk-state.ts).
 * A stat per file: reading every file to hash it cost as much as the reads a scan saves.
 */
export function folderFingerprint(root: string, realRoot: string, listing: FileListing): string {
  const hash = createHash('sha256').update('folder 1\n');
  hash.update(`${JSON.stringify(listing.diagnostics)}\n${listing.gitFileSet ? 'git' : 'walk'}\n`);
  const now = Date.now();
  for (const file of listing.files)
    hash.update(`${file}\0${diskState(root, realRoot, file, { contents: 'when-racy', now })}\n`);
  return hash.digest('hex');
}
