import type { CliIo } from './io.js';
import type { GlobalOptions } from './global-options.js';

export interface WalkProgress {
  /** The library's progress callback. */
  update(stats: { commits: number; scanned: number }): void;
  /** Clears the line once the walk is done. */
  done(): void;
}

/**
 * One rewritten stderr line while a history walk runs (`walking history: 1200
 * commits, 31 scanned`), only when stderr is a terminal and not `--quiet`:
 * never in machine output, never in CI logs. Undefined otherwise.
 */
export function walkProgress(io: CliIo, options: GlobalOptions): WalkProgress | undefined {
  if (options.quiet || !io.stderr.isTTY) return undefined;
  let shown = false;
  return {
    update(stats) {
      // Every commit would flood a slow terminal on a long history; the first and every 25th are enough.
      if (stats.commits % 25 !== 0 && stats.commits !== 1) return;
      shown = true;
      io.stderr.write(
        `\r\u001b[Kwalking history: ${stats.commits} commit${stats.commits === 1 ? '' : 's'}, ${stats.scanned} scanned`,
      );
    },
    done() {
      if (shown) io.stderr.write('\r\u001b[K');
    },
  };
}
