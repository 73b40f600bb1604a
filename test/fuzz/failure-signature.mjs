/**
 * Signatures group failures by root cause, so a run saves one minimised input
 * per cause rather than a thousand copies of the first bug. They drop what varies
 * between inputs of one cause: numbers, quoted names, file paths.
 */

/** The first line of a message, without the source V8 quotes in `Invalid regular expression: /…/: reason` (the input's own text). */
export const shortMessage = (message) =>
  String(message)
    .split('\n')[0]
    .replace(/^(.*Invalid regular expression: )\/.*\/([a-z]*): /, '$1/…/$2: ')
    .slice(0, 300);

export function normaliseMessage(message) {
  return shortMessage(message)
    .replace(/(["'`]).*?\1/g, '…')
    .replace(/\d+/g, 'N')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

/** The innermost frame of the project's own code (`src/…`, through source maps), as `function@file`; line numbers are left out so a reformat keeps the signature. */
export function projectFrame(stack) {
  for (const line of String(stack ?? '').split('\n')) {
    const match = /at (?:async )?(?:(.+?) \()?(?:file:\/\/)?[^()]*?\/(src\/[^():]+):(\d+):\d+\)?$/.exec(line.trim());
    if (match) return { name: match[1] ?? '<anonymous>', file: match[2], line: Number(match[3]) };
  }
  return undefined;
}

export function crashFailure(stage, error) {
  const frame = projectFrame(error?.stack);
  const where = frame ? `${frame.name}@${frame.file}` : 'outside src';
  const name = error?.name ?? typeof error;
  return {
    category: 'crash',
    signature: `crash|${stageFamily(stage)}|${name}: ${normaliseMessage(error?.message ?? error)}|${where}`,
    summary: `${stage} threw ${name}: ${shortMessage(error?.message ?? error)}${frame ? ` (at ${frame.file}:${frame.line})` : ''}`,
    detail: String(error?.stack ?? error)
      .split('\n')
      .slice(0, 25)
      .map((line) => (line.length > 400 ? `${line.slice(0, 400)}…` : line))
      .join('\n'),
  };
}

/** `/nodes/12/range/end` → `/nodes/N/range/end`. */
export const normalisePointer = (pointer) => pointer.replace(/\/\d+(?=\/|$)/g, '/N');

/** The scans of both revisions (and the reversed-order one) are one stage for grouping: which revision fails depends only on where the culprit file is. */
export const stageFamily = (stage) => (/^scan (head|base)/.test(stage ?? '') ? 'scan' : (stage ?? 'unknown stage'));
