import { diskFileSource } from '../build/files/file-source.js';
import type { FileSource } from '../model/file-source.js';
import { gitWorkTreeFiles } from '../git/work-tree-files.js';
import { workTreeFingerprint } from '../git/work-tree-fingerprint.js';

/**
 * The working tree at `dir` as the scan reads it: inside a git work tree, git's
 * own file set (tracked files, and untracked ones no ignore rule excludes);
 * elsewhere, a walk of the folder under its `.gitignore` files. Throws a
 * PromptgraphError when `dir` is no readable directory.
 */
export function workingTreeSource(dir: string): FileSource {
  const disk = diskFileSource(dir, { listFiles: () => gitWorkTreeFiles(dir) });
  // Its fingerprint: git's index and what differs from it; outside git, the folder's stats.
  return { ...disk, fingerprint: async () => (await workTreeFingerprint(dir)) ?? disk.fingerprint?.() };
}
