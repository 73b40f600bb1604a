import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { PromptgraphError } from '../../model/promptgraph-error.js';

/** The bundled map viewer (d3 + the code in `viz/`), built by `viz/build-viewer.mjs`. */
export interface ViewerAsset {
  script: string;
  style: string;
}

/**
 * `dist/viz/` in this package, found through the package's own name: this module runs from
 * `src/output/render/` (tests), `dist/output/render/` (the library) and a chunk of `dist/bundle/` (the CLI).
 */
const VIEWER_DIR = path.join(
  path.dirname(createRequire(import.meta.url).resolve('promptgraph/package.json')),
  'dist/viz',
);

let cached: ViewerAsset | undefined;

/** Reads the viewer bundle once; a missing bundle means the package was not built. */
export function loadViewerAsset(): ViewerAsset {
  if (cached) return cached;
  const scriptFile = path.join(VIEWER_DIR, 'viewer.js');
  if (!existsSync(scriptFile)) {
    throw new PromptgraphError('the map viewer bundle is missing (dist/viz/viewer.js); run `npm run build`', {
      code: 'viewer-missing',
      exitCode: 2,
    });
  }
  cached = {
    script: readFileSync(scriptFile, 'utf8'),
    style: readFileSync(path.join(VIEWER_DIR, 'viewer.css'), 'utf8'),
  };
  return cached;
}
