/** Minimal ANSI styling; every reporter takes `color` so tests and pipes get plain text. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;
const identity = (text: string) => text;

/** A unified-diff line coloured as terminals show diffs: additions green, removals red, the rest dim. */
export function colorDiffLine(style: Paint, line: string): string {
  if (line.startsWith('+') && !line.startsWith('+++')) return style.green(line);
  if (line.startsWith('-') && !line.startsWith('---')) return style.red(line);
  return style.dim(line);
}

export function paint(color: boolean): Paint {
  if (!color)
    return { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    green: wrap(32, 39),
    cyan: wrap(36, 39),
  };
}
