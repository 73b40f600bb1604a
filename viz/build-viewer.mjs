// Writes the map viewer bundle to dist/viz/ (run by scripts/build.mjs), so
// `renderMapHtml` can inline script and stylesheet into one self-contained file.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleViewer } from './bundle-viewer.mjs';

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist/viz');
const { script, style } = await bundleViewer();
await mkdir(out, { recursive: true });
await writeFile(path.join(out, 'viewer.js'), script);
await writeFile(path.join(out, 'viewer.css'), style);
