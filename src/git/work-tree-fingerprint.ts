import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { diskState } from '../model/disk-state.js';
import { nulFields, runGit } from './run-git.js';

const SYMLINK_MODE = '120000';

/**
 * The state of the work tree at `dir` as a scan of it reads it (src/api/working-tree-source.ts:
 * git's file set, the bytes on disk), for reusing a whole scan's result, or undefined outside a
 * work tree. Cheap because git already knows most of it: a tracked file that `git diff-files`
 * finds unchanged (git compares its stat with the index's and re-reads a racily clean one) is
 * its index object id; every other path (changed, deleted, unmerged, skip-worktree or
 * assume-unchanged, a symlink, untracked and not ignored) is described from the disk, a regular
 * file by the blob id git would give its bytes (so staging or committing it reads alike). Ids, not stats, so a fresh CI checkout of the same commit hits
 * a cache restored from another run.
 */
export async function workTreeFingerprint(dir: string): Promise<string | undefined> {
  // Three reads in parallel, no `rev-parse` first: outside a work tree (no repository, a bare one, inside .git) each fails.
  const listed = await Promise.all([
    // `-v`: a tag per entry, `H` for an ordinary one (S skip-worktree, lower case assume-unchanged, M unmerged).
    runGit(dir, ['ls-files', '-z', '--cached', '--stage', '-v']),
    runGit(dir, ['ls-files', '-z', '--others', '--exclude-standard']),
    runGit(dir, ['diff-files', '-z', '--name-only', '--relative']),
  ]).catch(() => undefined);
  if (!listed) return undefined;
  const [cached, others, changed] = listed;
  const fromDisk = new Set(nulFields(changed));
  const indexed = new Map<string, string>();
  for (const record of nulFields(cached)) {
    const tab = record.indexOf('\t');
    const [tag, mode, object, stage] = record.slice(0, tab).split(' ');
    const file = record.slice(tab + 1);
    if (tag !== 'H' || stage !== '0' || mode === SYMLINK_MODE) fromDisk.add(file);
    else indexed.set(file, `${mode} ${object}`);
  }
  // A nested repository is listed by its folder, with a trailing slash.
  for (const file of nulFields(others)) fromDisk.add(file.replace(/\/$/, ''));
  const realRoot = realpathSync.native(dir);
  for (const file of fromDisk) indexed.set(file, diskState(dir, realRoot, file, { contents: 'git-blob' }));
  const hash = createHash('sha256').update('git work tree 1\n');
  for (const file of [...indexed.keys()].sort()) hash.update(`${file}\0${indexed.get(file)}\n`);
  return hash.digest('hex');
}
