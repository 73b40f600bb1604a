import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../model/schema/config.js';
import { parseConfig } from '../build/config/load-config.js';
import type { CliIo } from './io.js';
import type { GlobalOptions } from './global-options.js';
import { usageError } from './usage-error.js';

/** The config named by `--config`, or undefined to let the scan read the repository's own. */
export async function loadConfigOption(io: CliIo, options: GlobalOptions): Promise<Config | undefined> {
  if (!options.config) return undefined;
  const file = path.resolve(io.cwd ?? process.cwd(), options.config);
  // A FIFO would block the read forever: only a regular file is read.
  const regular = await stat(file).then(
    (entry) => entry.isFile(),
    () => false,
  );
  if (!regular) throw usageError(`cannot read config file ${options.config}: not a readable regular file`);
  const text = await readFile(file, 'utf8').catch(() => {
    throw usageError(`cannot read config file ${options.config}`);
  });
  return parseConfig(text.replace(/^\uFEFF/, ''), options.config);
}
