import type { ProgressUpdate } from '../model/progress.js';

/** `scanning head 4f1c2a9 (reading files): 1200/5000 files, 31 scanned`: an update in words. */
export function progressText(update: ProgressUpdate): string {
  const label = progressLabel(update);
  const count =
    update.done === undefined
      ? ''
      : `: ${update.total !== undefined ? `${update.done}/${update.total}${unitText(update.total, update.unit)}` : `${update.done}${unitText(update.done, update.unit)}`}`;
  return `${label}${count}${update.detail ? `, ${update.detail}` : ''}`;
}

/** `scanning head 4f1c2a9 (reading files)`: the task and its step. */
export const progressLabel = (update: Pick<ProgressUpdate, 'task' | 'phase'>): string =>
  `${update.task}${update.phase ? ` (${update.phase})` : ''}`;

/** One line of a CI log: `promptgraph: scanning (reading files): 1200/5000 files, 42s elapsed`. */
export const progressLine = (update: ProgressUpdate, elapsedMs: number): string =>
  `promptgraph: ${progressText(update)}, ${elapsedText(elapsedMs)} elapsed`;

/** `42s`, `3m05s`, `1h02m`: whole seconds, as a log reader counts them. */
export function elapsedText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m${String(seconds % 60).padStart(2, '0')}s`;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, '0')}m`;
}

/** ` files`, ` commit` for one: the unit as the count reads it. */
export const unitText = (count: number, unit: string | undefined): string =>
  unit ? ` ${count === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit}` : '';
