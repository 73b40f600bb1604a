import { readdir } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../../model/schema/common.js';

/**
 * `fs.readdir` for the walk, keeping each folder that could not be listed (no
 * permission, a path too long for the system, an I/O error): fast-glob skips
 * them silently, and a skipped folder's prompts would vanish without a word.
 */
export function recordingReaddir(unlisted: Map<string, NodeJS.ErrnoException>): typeof readdir {
  return ((folder: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (error: NodeJS.ErrnoException | null, entries?: unknown[]) => void;
    const listed = (error: NodeJS.ErrnoException | null, entries?: unknown[]) => {
      // A folder removed during the walk is simply gone, as before.
      if (error && error.code !== 'ENOENT') {
        unlisted.set(folder, error);
        callback(null, []);
      } else callback(error, entries);
    };
    (readdir as (...args: unknown[]) => void)(folder, ...rest, listed);
  }) as typeof readdir;
}

export function unlistedFolder(root: string, folder: string, error: NodeJS.ErrnoException): Diagnostic {
  const relative = path.relative(root, path.resolve(root, folder)).split(path.sep).join('/') || '.';
  const why =
    error.code === 'EACCES' || error.code === 'EPERM'
      ? 'permission denied'
      : error.code === 'ENAMETOOLONG'
        ? 'its path is too long for the system'
        : `${error.code ?? 'error'}: ${error.message}`;
  return {
    severity: 'warning',
    code: 'unreadable-folder',
    file: relative,
    line: 0,
    message: `skipped: cannot list the folder (${why}), so none of its files is scanned`,
  };
}
