import type { Config } from '../schema/config.js';
import { scan } from '../scan/scan.js';
import { diskFileSource } from '../scan/file-source.js';
import { planInit, type InitPlan } from './plan-init.js';
import { dependsOnPromptgraph } from './schema-urls.js';

/**
 * Scans the working tree at `dir` and plans what `promptgraph init` writes there.
 * Writes nothing. A repository whose package.json depends on promptgraph gets
 * `$schema` lines into its node_modules (offline, and the version it runs).
 */
export async function init(dir: string, options: { config?: Config } = {}): Promise<InitPlan> {
  const source = diskFileSource(dir);
  const manifest = await source.readFile('package.json').then((bytes) => bytes.toString('utf8'), () => undefined);
  const result = await scan(source, options.config ? { config: options.config } : {});
  return planInit(result, { schemas: dependsOnPromptgraph(manifest) ? 'installed' : 'published' });
}
