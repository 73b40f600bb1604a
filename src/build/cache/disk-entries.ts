import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The first line of every entry: the format and the SHA-256 of the body after it. */
const HEADER = 'promptgraph-cache-entry 1';
/** A temporary file older than this was left by a process that died between writing and renaming it. */
const STALE_TEMPORARY_MS = 10 * 60_000;

export type EntryRead = { status: 'hit'; body: string } | { status: 'miss' } | { status: 'damaged' };

/**
 * Text entries by key, one file each under `dir`, safe to share between
 * processes without locks: a write goes to a temporary file of its own and is
 * renamed into place (atomic on one file system), so a reader sees a whole
 * entry or none, and two writers of one key leave one whole entry. Every read
 * is checked against the digest its header carries, so a truncated or altered
 * entry is reported damaged, never returned.
 */
export interface DiskEntries {
  readonly dir: string;
  read(key: string): Promise<EntryRead>;
  /** Bytes written; 0 when the write failed (a read-only or full disk must not fail a scan). */
  write(key: string, body: string): Promise<number>;
  /** Removes the entries written longest ago, except `keep`, until the folder holds at most `targetBytes`; returns the bytes it then holds. */
  prune(maxBytes: number, targetBytes: number, keep: ReadonlySet<string>): Promise<number>;
  /** Total size of the entries. */
  size(): Promise<number>;
}

export function diskEntries(dir: string): DiskEntries {
  const entryPath = (key: string) => path.join(dir, key.slice(0, 2), key);
  let ignored: Promise<void> | undefined;
  return {
    dir,
    async read(key) {
      let text: string;
      try {
        // Entries are small and a warm scan reads thousands: one synchronous read is one syscall round, fs/promises four.
        text = readFileSync(entryPath(key), 'utf8');
      } catch {
        return { status: 'miss' };
      }
      const newline = text.indexOf('\n');
      const [header, digest] = [text.slice(0, newline - 65), text.slice(newline - 64, newline)];
      const body = text.slice(newline + 1);
      if (newline < 0 || header !== HEADER || digestOf(body) !== digest) return { status: 'damaged' };
      return { status: 'hit', body };
    },
    async write(key, body) {
      const target = entryPath(key);
      const temporary = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      const text = `${HEADER} ${digestOf(body)}\n${body}`;
      try {
        await mkdir(path.dirname(target), { recursive: true });
        ignored ??= ignoreFolder(dir);
        await ignored;
        await writeFile(temporary, text, { flag: 'wx' });
        await rename(temporary, target);
        return Buffer.byteLength(text);
      } catch {
        await unlink(temporary).catch(() => undefined);
        return 0;
      }
    },
    async prune(maxBytes, targetBytes, keep) {
      const files = await listEntries(dir);
      const now = Date.now();
      let total = 0;
      const entries: { file: string; key: string; bytes: number; written: number }[] = [];
      for (const file of files) {
        if (file.name.endsWith('.tmp')) {
          if (now - file.written > STALE_TEMPORARY_MS) await unlink(file.path).catch(() => undefined);
          continue;
        }
        total += file.bytes;
        entries.push({ file: file.path, key: file.name, bytes: file.bytes, written: file.written });
      }
      if (total <= maxBytes) return total;
      // Oldest written first; the name breaks ties so two processes pruning at once agree.
      entries.sort((a, b) => a.written - b.written || (a.key < b.key ? -1 : 1));
      for (const entry of entries) {
        if (total <= targetBytes) break;
        if (keep.has(entry.key)) continue;
        // Removed by this process or, a moment before, by another one pruning too: either way it no longer counts.
        await unlink(entry.file).catch(() => undefined);
        total -= entry.bytes;
      }
      return total;
    },
    async size() {
      let total = 0;
      for (const file of await listEntries(dir)) if (!file.name.endsWith('.tmp')) total += file.bytes;
      return total;
    },
  };
}

/**
 * A `.gitignore` of `*` in the folder, as pytest and ruff leave in theirs: a cache inside a
 * repository that does not ignore node_modules (a Python one) is then no untracked change for
 * git, nor for an `impact` of the working tree.
 */
async function ignoreFolder(dir: string): Promise<void> {
  await writeFile(path.join(dir, '.gitignore'), '# Written by promptgraph: its extraction cache.\n*\n', {
    flag: 'wx',
  }).catch(() => undefined);
}

const digestOf = (body: string): string => createHash('sha256').update(body).digest('hex');

interface ListedFile {
  path: string;
  name: string;
  bytes: number;
  written: number;
}

/** Every file in the entry folders (two hex digits each); a file removed while listing is left out. */
async function listEntries(dir: string): Promise<ListedFile[]> {
  const folders = await readdir(dir).catch(() => [] as string[]);
  const listed: ListedFile[] = [];
  for (const folder of folders) {
    if (!/^[0-9a-f]{2}$/.test(folder)) continue;
    const names = await readdir(path.join(dir, folder)).catch(() => [] as string[]);
    for (const name of names) {
      const file = path.join(dir, folder, name);
      const stats = await stat(file).catch(() => undefined);
      if (stats?.isFile()) listed.push({ path: file, name, bytes: stats.size, written: stats.mtimeMs });
    }
  }
  return listed;
}
