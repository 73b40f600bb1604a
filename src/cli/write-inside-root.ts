import { constants } from 'node:fs';
import { lstat, mkdir, open } from 'node:fs/promises';
import path from 'node:path';
import { PromptgraphError } from '../model/promptgraph-error.js';

/**
 * Writes `relative` below `root` without ever following a symlink: every folder
 * on the way must be a real folder (created when missing, one level at a
 * time), and the file itself is created exclusively or, when `overwrite`
 * allows it, opened with O_NOFOLLOW. A dangling symlinked config or a
 * symlinked `contracts/` folder cannot make `init` write outside the
 * repository. Refusals are input errors naming the link.
 */
export async function writeInsideRoot(root: string, relative: string, content: string, overwrite: boolean) {
  const refuse = (where: string, why: string) =>
    new PromptgraphError(`refusing to write ${relative}: ${where} ${why}`, {
      code: 'write-refused',
      exitCode: 2,
      hint: 'replace the link by a real folder or file inside the repository, then run init again',
    });
  const parts = relative.split('/');
  let folder = root;
  for (const part of parts.slice(0, -1)) {
    if (part === '..' || part === '.' || part === '')
      throw refuse(relative, 'is not a plain path inside the repository');
    folder = path.join(folder, part);
    const entry = await lstat(folder).catch(() => undefined);
    if (!entry) await mkdir(folder);
    else if (entry.isSymbolicLink()) throw refuse(path.relative(root, folder), 'is a symlink');
    else if (!entry.isDirectory()) throw refuse(path.relative(root, folder), 'is not a folder');
  }
  const target = path.join(root, relative);
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw refuse(relative, 'is a symlink');
  if (existing && !overwrite) throw refuse(relative, 'exists');
  const flags = existing
    ? constants.O_WRONLY | constants.O_TRUNC | constants.O_NOFOLLOW
    : constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  const handle = await open(target, flags, 0o644);
  try {
    await handle.writeFile(content);
  } finally {
    await handle.close();
  }
}
