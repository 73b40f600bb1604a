import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PromptgraphError } from '../model/promptgraph-error.js';
import type { CliIo } from './io.js';
import { writeError } from './write-error.js';
import { writeWithoutLinks } from './write-without-links.js';

/**
 * Writes an output file the user named (`--out`, `--comment-file`,
 * `--note-file`, `--write-baseline`, each file of `evals --out`). The rule:
 * - the path is resolved lexically against the working directory, so `..`
 *   means the folder above as written (`a/../../x` is `../x`), never the parent
 *   of wherever a link `a` points;
 * - inside the working directory or a folder the command reads (the checkout
 *   being scanned, which a pull request controls), no folder on the way and not
 *   the file itself may be a symlink: the write happens exactly at that path or
 *   is refused with exit 2, never redirected by a link the repository planted;
 * - outside them (an absolute path the user chose: `$RUNNER_TEMP`, `/tmp` that
 *   is itself a link on macOS, `/dev/stdout`) the path is the user's and opened as given.
 * Missing folders are created. Returns the absolute path written.
 */
export async function writeOutputFile(
  io: CliIo,
  file: string,
  content: string,
  options: { append?: boolean } = {},
): Promise<string> {
  const cwd = io.cwd ?? process.cwd();
  const target = path.resolve(cwd, file);
  // An absolute path inside the working directory (a resolved default) is named relative to it, as a user would.
  const shown = path.isAbsolute(file) && isInside(target, cwd) ? path.relative(cwd, target) : file;
  // The outermost guarded folder holding the target: every component below it is checked.
  const guard = [cwd, ...(io.repositories ?? [])]
    .map((folder) => path.resolve(cwd, folder))
    .filter((folder) => isInside(target, folder))
    .sort((left, right) => left.length - right.length)[0];
  try {
    if (guard) {
      const relative = path.relative(guard, target).split(path.sep).join('/');
      await writeWithoutLinks(guard, relative, content, {
        overwrite: true,
        ...(options.append ? { append: true } : {}),
        refuse: (where, why) =>
          why === 'is a symlink'
            ? new PromptgraphError(
                `cannot write ${shown}: ${where} is a symlink inside ${guard === cwd ? 'the working directory' : 'the repository'}; promptgraph never writes through a link there`,
                {
                  code: 'write-refused',
                  exitCode: 2,
                  hint: 'give a path without links, or an absolute path outside the repository',
                },
              )
            : writeError(shown, { code: 'ENOTDIR' }),
      });
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await (options.append ? appendFile : writeFile)(target, content);
    }
  } catch (error) {
    throw error instanceof PromptgraphError ? error : writeError(shown, error);
  }
  return target;
}

/** `target` is `folder` itself or below it (a target equal to the folder is a folder: the write fails with EISDIR). */
const isInside = (target: string, folder: string): boolean => {
  const relative = path.relative(folder, target);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};
