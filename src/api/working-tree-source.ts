import { diskFileSource } from '../build/files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import { gitWorkTreeFiles } from '../git/work-tree-files.js';

/**
 * The working tree at `dir` as the scan reads it: inside a git work tree, git's
 * own file set (tracked files, and untracked ones no ignore rule excludes);
 * elsewhere, a walk of the folder under its `.gitignore` files. Throws a
 * PromptgraphError when `dir` is no readable directory.
 */
export function workingTreeSource(dir: string): FileSource {
  return diskFileSource(dir, { listFiles: () => gitWorkTreeFiles(dir) });
}
