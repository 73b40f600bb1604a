// The map viewer (viz/src + d3) bundled in memory; build-viewer.mjs writes it to
// dist/viz/, and the browser tests bundle the current sources with it directly.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The viewer as strings: `{ script, style }`. */
export async function bundleViewer() {
  const result = await build({
    entryPoints: [path.join(here, 'src/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return { script: result.outputFiles[0].text, style: await readFile(path.join(here, 'src/styles.css'), 'utf8') };
}
