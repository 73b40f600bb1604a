import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../model/schema/config.js';
import { scan } from '../build/scan.js';
import { workingTreeSource } from './working-tree-source.js';
import { planInit, type InitPlan } from '../query/init/plan-init.js';
import { dependsOnPromptgraph, INSTALLED_SCHEMAS, type SchemaSource } from '../query/init/schema-urls.js';
import type { ProgressCallback } from '../model/progress.js';
import type { CacheOptions } from '../model/cache-options.js';
import { cacheOptionsFor } from '../build/cache/cache-location.js';

/**
 * Scans the working tree at `dir` and plans what `promptgraph init` writes there.
 * Writes nothing. The `$schema` lines point into the installed package when
 * there is one (offline, and the version the repository runs), else at copies
 * of the schemas the plan writes beside the config: always a path that resolves
 * in the checkout, never a registry URL.
 */
export async function init(
  dir: string,
  options: { config?: Config; onProgress?: ProgressCallback; includeTests?: boolean } & CacheOptions = {},
): Promise<InitPlan> {
  const source = workingTreeSource(dir);
  const manifest = await source.readFile('package.json').then(
    (bytes) => bytes.toString('utf8'),
    () => undefined,
  );
  const result = await scan(source, {
    ...(options.config ? { config: options.config } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.includeTests ? { includeTests: true } : {}),
    ...cacheOptionsFor(dir, options),
  });
  return planInit(result, { schemas: schemaSource(dir, manifest) });
}

/**
 * The installed package's schemas, in `dir` or (hoisted by a workspace) in a
 * folder above it inside the same git checkout; else, when package.json depends
 * on promptgraph but it is not installed yet (a fresh clone), where `npm install`
 * will put it; else copies beside the config.
 */
function schemaSource(dir: string, manifest: string | undefined): SchemaSource {
  const root = path.resolve(dir);
  const folders = [root];
  for (let folder = root; !existsSync(path.join(folder, '.git')); ) {
    const parent = path.dirname(folder);
    if (parent === folder) {
      folders.splice(1);
      break;
    }
    folders.push(parent);
    folder = parent;
  }
  const installed = folders.findIndex((folder) =>
    existsSync(path.join(folder, INSTALLED_SCHEMAS, 'promptgraph.config.schema.json')),
  );
  if (installed >= 0) return { kind: 'installed', folder: `${'../'.repeat(installed)}${INSTALLED_SCHEMAS}` };
  if (dependsOnPromptgraph(manifest)) return { kind: 'installed', folder: INSTALLED_SCHEMAS };
  return { kind: 'copied' };
}
