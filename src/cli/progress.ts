import type { SingleBar } from 'cli-progress';
import { lazyRequire } from '../model/lazy-require.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './global-options.js';

const cliProgress = lazyRequire<typeof import('cli-progress')>('cli-progress');

/**
 * A progress bar on stderr while a long scan reads files, only when stderr is a
 * terminal and not `--quiet`: never in machine output, never in CI logs.
 */
export function progressReporter(
  io: CliIo,
  options: GlobalOptions,
  label: string,
): ((done: number, total: number) => void) | undefined {
  if (options.quiet || !io.stderr.isTTY) return undefined;
  let bar: SingleBar | undefined;
  return (done, total) => {
    if (!bar) {
      bar = new (cliProgress().SingleBar)({
        stream: io.stderr as NodeJS.WritableStream,
        format: `${label} [{bar}] {value}/{total} files`,
        barsize: 24,
        hideCursor: true,
        clearOnComplete: true,
        noTTYOutput: false,
      });
      bar.start(total, 0);
    }
    bar.update(done);
    if (done >= total) bar.stop();
  };
}
