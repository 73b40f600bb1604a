import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GlobalOptions } from '../global-options.js';
import type { CliIo } from '../io.js';

/** Writes the merge-request note where `--note-file` says (never anywhere else), and says so unless quiet. */
export async function writeNote(io: CliIo, options: GlobalOptions, file: string, note: string): Promise<void> {
  const target = path.resolve(io.cwd ?? process.cwd(), file);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, note);
  if (!options.quiet) io.stderr.write(`wrote merge-request note ${file}\n`);
}
