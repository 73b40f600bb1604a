import type { GlobalOptions } from '../global-options.js';
import type { CliIo } from '../io.js';
import { writeOutputFile } from '../write-output-file.js';

/** Writes the merge-request note where `--note-file` says (never anywhere else), and says so unless quiet. */
export async function writeNote(io: CliIo, options: GlobalOptions, file: string, note: string): Promise<void> {
  await writeOutputFile(io, file, note);
  if (!options.quiet) io.stderr.write(`wrote merge-request note ${file}\n`);
}
