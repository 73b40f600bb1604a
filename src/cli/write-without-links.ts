import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import path from 'node:path';

export interface WriteWithoutLinks {
  /** Replace an existing file (truncate); without it an existing file is refused. */
  overwrite: boolean;
  /** Add to the end of an existing file instead (GitHub's job summary). */
  append?: boolean;
  /** The error to throw when `where` (relative to the root) is a link, not a folder, or exists. */
  refuse: (where: string, why: 'is a symlink' | 'is not a folder' | 'exists') => Error;
}

/**
 * Writes `relative` below `root` without ever following a symlink: every folder
 * on the way must be a real folder (created when missing, one level at a time),
 * and the file itself is created exclusively or opened with O_NOFOLLOW. `init`'s
 * files and every output file inside the scanned repository or the working
 * directory go through here, so a link the repository plants (a symlinked output
 * folder, a dangling symlinked file) never redirects a write outside it.
 */
export async function writeWithoutLinks(
  root: string,
  relative: string,
  content: string,
  options: WriteWithoutLinks,
): Promise<void> {
  const parts = relative.split('/');
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    folder = path.join(folder, part);
    const entry = await lstat(folder).catch(() => undefined);
    if (!entry) await mkdir(folder);
    else if (entry.isSymbolicLink()) throw options.refuse(path.relative(root, folder), 'is a symlink');
    else if (!entry.isDirectory()) throw options.refuse(path.relative(root, folder), 'is not a folder');
  }
  const target = path.join(root, relative);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw options.refuse(relative, 'is a symlink');
  if (existing && !options.overwrite && !options.append) throw options.refuse(relative, 'exists');
  const flags =
    constants.O_WRONLY |
    constants.O_NOFOLLOW |
    (existing ? (options.append ? constants.O_APPEND : constants.O_TRUNC) : constants.O_CREAT | constants.O_EXCL);
  const handle = await open(target, flags, 0o644);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
