import picocolors from 'picocolors';

/** The styles reporters use; every reporter takes `color`, so tests and pipes get plain text. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

/** A unified-diff line coloured as terminals show diffs: additions green, removals red, the rest dim. */
export function colorDiffLine(style: Paint, line: string): string {
  if (line.startsWith('+') && !line.startsWith('+++')) return style.green(line);
  if (line.startsWith('-') && !line.startsWith('---')) return style.red(line);
  return style.dim(line);
}

/**
 * Styles through picocolors, on or off as the caller decided (the CLI decides
 * from the terminal, `--no-color`, `NO_COLOR` and `FORCE_COLOR`): a reporter is a
 * pure function of its input, so it never looks at the environment itself.
 */
export function paint(color: boolean): Paint {
  return picocolors.createColors(color);
}
