import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/scan-fixture.js';

// The built library: the pool's worker thread runs dist/build/extract/extract-worker.js, which the TypeScript sources lack.
const dist = (file: string) => import(pathToFileURL(path.join(REPO_ROOT, 'dist', file)).href);
const { scan } = await dist('index.js');
const { clearExtractionCache } = await dist('build/extract/extract-file.js');
const { startedPool } = await dist('build/extract/extract-pool.js');

const asked = process.env.PROMPTGRAPH_WORKERS;
afterAll(() => {
  if (asked === undefined) delete process.env.PROMPTGRAPH_WORKERS;
  else process.env.PROMPTGRAPH_WORKERS = asked;
});

/** Every adapter's fixtures at once: TypeScript, Python and each template format, with their cross-file references. */
async function scanFixtures(workers: string): Promise<string> {
  process.env.PROMPTGRAPH_WORKERS = workers;
  clearExtractionCache();
  // Without the disk cache: the first run's entries would answer the second on the main thread, leaving the workers nothing.
  return JSON.stringify(await scan(path.join(REPO_ROOT, 'fixtures'), { cache: false }), null, 2);
}

describe('extraction on worker threads', () => {
  it('gives byte-identical scan output to a single-threaded run, with the workers doing part of the work', async () => {
    const single = await scanFixtures('0');
    expect(startedPool()).toBeUndefined();
    const pooled = await scanFixtures('2');
    const counts = startedPool()?.counts;
    expect(counts?.workers, 'files extracted on worker threads').toBeGreaterThan(50);
    expect(JSON.parse(single).nodes.length).toBeGreaterThan(100);
    expect(pooled).toBe(single);
  }, 240_000);
});
