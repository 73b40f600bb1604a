import type { Config } from '../model/schema/config.js';
import { scan } from '../build/scan.js';
import { diskFileSource } from '../build/files/file-source.js';
import { planInit, type InitPlan } from '../query/init/plan-init.js';
import { dependsOnPromptgraph } from '../query/init/schema-urls.js';
import type { ProgressCallback } from '../model/progress.js';

/**
 * Scans the working tree at `dir` and plans what `promptgraph init` writes there.
 * Writes nothing. A repository whose package.json depends on promptgraph gets
 * `$schema` lines into its node_modules (offline, and the version it runs).
 */
export async function init(
  dir: string,
  options: { config?: Config; onProgress?: ProgressCallback; includeTests?: boolean } = {},
): Promise<InitPlan> {
  const source = diskFileSource(dir);
  const manifest = await source.readFile('package.json').then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
  const result = await scan(source, {
    ...(options.config ? { config: options.config } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.includeTests ? { includeTests: true } : {}),
  });
  return planInit(result, { schemas: dependsOnPromptgraph(manifest) ? 'installed' : 'published' });
}
