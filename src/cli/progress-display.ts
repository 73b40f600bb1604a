import type { SingleBar } from 'cli-progress';
import { lazyRequire } from '../model/lazy-require.js';
import type { ProgressCallback, ProgressUpdate } from '../model/progress.js';
import type { GlobalOptions } from './global-options.js';
import type { CliIo } from './io.js';
import { progressLabel, progressLine, unitText } from './progress-text.js';

const cliProgress = lazyRequire<typeof import('cli-progress')>('cli-progress');

/** At most one plain progress line this often when stderr is not a terminal (a CI log). */
export const PROGRESS_LINE_INTERVAL_MS = 5_000;

/** How a command shows the library's progress; `stop()` ends it (safe to call twice). */
export interface ProgressDisplay {
  /** The library option: `{ onProgress }`, or nothing with `--quiet`. */
  readonly options: { onProgress?: ProgressCallback };
  stop(): void;
}

/**
 * Progress on stderr, never in machine output: a cli-progress bar on a terminal;
 * in a CI log (stderr not a terminal), a plain line with what is done and the
 * time elapsed, at most one every few seconds, the first only once the work has
 * taken that long (quick runs print nothing); nothing at all with `--quiet`.
 */
export function progressDisplay(
  io: CliIo,
  options: Pick<GlobalOptions, 'quiet'>,
  interval = PROGRESS_LINE_INTERVAL_MS,
): ProgressDisplay {
  if (options.quiet) return { options: {}, stop: () => {} };
  const display = io.stderr.isTTY ? terminalBars(io) : periodicLines(io, interval);
  return { options: { onProgress: display.update }, stop: display.stop };
}

interface Display {
  update: ProgressCallback;
  stop(): void;
}

/** One bar per step (a task and its phase): the count and total when known, the elapsed time always. */
function terminalBars(io: CliIo): Display {
  let bar: SingleBar | undefined;
  let key = '';
  const stop = () => {
    bar?.stop();
    bar = undefined;
    key = '';
  };
  return {
    update(update) {
      const counted = update.total !== undefined;
      const next = `${update.task}\0${update.phase ?? ''}\0${counted}`;
      if (next !== key) {
        stop();
        key = next;
        bar = new (cliProgress().SingleBar)({
          stream: io.stderr as NodeJS.WritableStream,
          format: counted
            ? '{label} [{bar}] {value}/{total}{unit}{detail}  {duration_formatted}'
            : '{label}{count}{detail}  {duration_formatted}',
          barsize: 24,
          hideCursor: true,
          clearOnComplete: true,
        });
        bar.start(update.total ?? 0, update.done ?? 0, payload(update));
      }
      bar!.update(update.done ?? 0, payload(update));
    },
    stop,
  };
}

const payload = (update: ProgressUpdate) => ({
  label: progressLabel(update),
  unit: unitText(update.total ?? 0, update.unit),
  count: update.done !== undefined ? `: ${update.done}${unitText(update.done, update.unit)}` : '',
  detail: update.detail ? `, ${update.detail}` : '',
});

/**
 * Plain lines for logs: the latest update, when at least `interval` has passed
 * since the last line (or the start), checked on every update and by a timer
 * (a long step may report nothing for minutes). A closing line says how long it
 * all took, once any line was printed.
 */
function periodicLines(io: CliIo, interval: number): Display {
  const now = io.now ?? Date.now;
  const started = now();
  let lastLine = started;
  let latest: ProgressUpdate | undefined;
  let printed = false;
  const maybePrint = () => {
    const at = now();
    if (!latest || at - lastLine < interval) return;
    io.stderr.write(`${progressLine(latest, at - started)}\n`);
    lastLine = at;
    printed = true;
  };
  const timer = setInterval(maybePrint, interval);
  timer.unref?.();
  return {
    update(update) {
      latest = update;
      maybePrint();
    },
    stop() {
      clearInterval(timer);
      if (printed && latest) io.stderr.write(`${progressLine({ task: 'done' }, now() - started)}\n`);
      printed = false;
    },
  };
}
