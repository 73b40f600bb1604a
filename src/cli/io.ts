import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The streams and environment the CLI runs with; injectable so tests run it in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Working directory for relative paths; defaults to process.cwd(). */
  cwd?: string;
}

/** Options every command accepts (declared once on the program). */
export interface GlobalOptions {
  config?: string;
  format?: string;
  out?: string;
  quiet?: boolean;
  verbose?: boolean;
  color: boolean;
}

/** Colour only on a TTY, and never with --no-color or a non-empty NO_COLOR (no-color.org: an empty value does not count). */
export function useColor(io: CliIo, options: GlobalOptions): boolean {
  return options.color && !io.env.NO_COLOR && Boolean(io.stdout.isTTY);
}

/** Writes machine or human output where `--out` says, or to stdout. Nothing else is ever written. */
export async function emit(io: CliIo, options: GlobalOptions, content: string): Promise<void> {
  const text = content.endsWith('\n') ? content : `${content}\n`;
  if (!options.out) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd ?? process.cwd(), options.out);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, text);
  if (!options.quiet) io.stderr.write(`wrote ${options.out}\n`);
}
