import type { FileSource } from '../../model/file-source.js';
import type { Config } from '../../model/schema/config.js';
import { PromptgraphError } from '../../model/promptgraph-error.js';
import { CONFIG_FILE, parseConfig } from './load-config.js';

/**
 * The repository's promptgraph.config.yaml, or every default when there is
 * none. A config that exists but cannot be read (no permission, a folder, a
 * FIFO, a symlink leading outside the root) is an input error: scanning with
 * defaults instead would silently drop the user's excludes and patterns.
 */
export async function readConfig(source: FileSource): Promise<Config> {
  let bytes: Buffer;
  try {
    bytes = await source.readFile(CONFIG_FILE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return parseConfig(undefined);
    throw new PromptgraphError(`cannot read ${CONFIG_FILE}: ${(error as Error).message}`, {
      code: 'config-unreadable',
      file: CONFIG_FILE,
      exitCode: 2,
      hint: 'make it a readable file inside the repository, or pass --config <file>',
    });
  }
  return parseConfig(bytes.toString('utf8').replace(/^\uFEFF/, ''));
}
