import { createHash } from 'node:crypto';
import { lstatSync, readFileSync, readlinkSync, realpathSync, statSync, type BigIntStats } from 'node:fs';
import path from 'node:path';

/**
 * A file changed this recently (or, by a skewed clock, in the future) may change again within the
 * file system's timestamp resolution (a few milliseconds on Linux) without its size or times
 * moving, as git's "racily clean" entries can: its bytes are hashed instead of trusting its stat.
 */
const RACY_MS = 3_000;

export interface DiskStateOptions {
  /**
   * `always`: describe a regular file by a hash of its bytes; `git-blob`: as git's index would once it is
   * staged (mode and blob id), so an edit reads alike before and after `git add`; `when-racy`: by its
   * stat, unless it changed too recently to trust that.
   */
  contents: 'always' | 'git-blob' | 'when-racy';
  /** The clock racy checks compare with (tests pass one). */
  now?: number;
}

/**
 * One line saying what reading `file` under `root` would give, for a fingerprint of a source's state
 * (FileSource.fingerprint): a regular file's content hash (or size, times, inode and mode), a symlink's
 * target and where it leads (inside the real root or outside, a file's bytes or a folder), a folder,
 * or why it is missing. Paths are relative, so equal trees in two places describe alike.
 */
export function diskState(root: string, realRoot: string, file: string, options: DiskStateOptions): string {
  const absolute = path.join(root, file);
  let stats: BigIntStats;
  try {
    stats = lstatSync(absolute, { bigint: true });
  } catch (error) {
    return `missing ${errorCode(error)}`;
  }
  if (stats.isSymbolicLink()) return `link ${linkState(realRoot, absolute)}`;
  if (stats.isDirectory()) return 'directory';
  if (!stats.isFile()) return `special ${stats.mode}`;
  if (options.contents === 'when-racy' && !racy(stats, options.now ?? Date.now()))
    return `stat ${stats.size} ${stats.mtimeNs} ${stats.ctimeNs} ${stats.ino} ${stats.mode}`;
  if (options.contents === 'git-blob') return blobState(absolute, (stats.mode & 0o111n) !== 0n);
  return contentState(absolute);
}

function racy(stats: BigIntStats, now: number): boolean {
  const newest = Math.max(Number(stats.mtimeMs), Number(stats.ctimeMs));
  return now - newest < RACY_MS;
}

function contentState(absolute: string): string {
  try {
    return `content ${createHash('sha256').update(readFileSync(absolute)).digest('hex')}`;
  } catch (error) {
    return `unreadable ${errorCode(error)}`;
  }
}

function blobState(absolute: string, executable: boolean): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(absolute);
  } catch (error) {
    return `unreadable ${errorCode(error)}`;
  }
  const blob = createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
  return `${executable ? '100755' : '100644'} ${blob}`;
}

/** A symlink: its text, and what it reaches (the scan refuses a target outside the root and reports a folder). */
function linkState(realRoot: string, absolute: string): string {
  let target: string;
  let real: string;
  try {
    target = readlinkSync(absolute);
    real = realpathSync.native(absolute);
  } catch (error) {
    return `unresolved ${errorCode(error)}`;
  }
  const inside = path.relative(realRoot, real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return `${target} outside`;
  const where = inside.split(path.sep).join('/');
  try {
    if (statSync(real).isDirectory()) return `${target} ${where} directory`;
  } catch (error) {
    return `${target} ${where} ${errorCode(error)}`;
  }
  return `${target} ${where} ${contentState(real)}`;
}

const errorCode = (error: unknown): string => String((error as NodeJS.ErrnoException).code ?? 'error');
