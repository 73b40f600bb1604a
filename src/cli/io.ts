import path from 'node:path';
import type { ReportContext } from '../output/reporters.js';
import type { GlobalOptions } from './global-options.js';
import { writeOutputFile } from './write-output-file.js';

/** The streams and environment the CLI runs with; injectable so tests run it in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Working directory for relative paths; defaults to process.cwd(). */
  cwd?: string;
  /** The clock progress lines measure elapsed time with; defaults to Date.now (tests freeze it). */
  now?: () => number;
  /** The command's folder arguments: output files inside them are never written through a link (`write-output-file.ts`). */
  repositories?: readonly string[];
}

/**
 * Whether output is coloured, by the conventions picocolors and most CLIs follow:
 * never with `--no-color` or a non-empty `NO_COLOR` (no-color.org: an empty value
 * does not count); always with `FORCE_COLOR` set to anything but `0` or `false`;
 * otherwise only on a terminal that is not `TERM=dumb`.
 */
export function useColor(
  io: Pick<CliIo, 'env'>,
  options: Pick<GlobalOptions, 'color'>,
  stream: { isTTY?: boolean } = (io as CliIo).stdout,
): boolean {
  if (!options.color || io.env.NO_COLOR) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false';
  return Boolean(stream?.isTTY) && io.env.TERM !== 'dumb';
}

/** Writes machine or human output where `--out` says, or to stdout. Nothing else is ever written. */
export async function emit(io: CliIo, options: GlobalOptions, content: string): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (!options.out) {
    io.stdout.write(text);
    return;
  }
  await writeOutputFile(io, options.out, text);
  if (!options.quiet) io.stderr.write(`wrote ${options.out}\n`);
}

/** A folder argument, resolved against the working directory the CLI runs in. */
export const resolveDir = (io: CliIo, dir: string | undefined): string =>
  path.resolve(io.cwd ?? process.cwd(), dir ?? '.');

/** What reporters may know of the terminal and the repository. */
export const reportContext = (io: CliIo, options: GlobalOptions, pathPrefix = ''): ReportContext => ({
  color: useColor(io, options),
  verbose: Boolean(options.verbose),
  pathPrefix,
});
