import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PromptgraphError } from '../../model/promptgraph-error.js';

/** The bundled map viewer (d3 + the code in `viz/`), built by `viz/build-viewer.mjs`. */
export interface ViewerAsset {
  script: string;
  style: string;
}

/** `dist/viz/` seen from both `src/output/render/` (tests) and `dist/output/render/` (the CLI). */
const VIEWER_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/viz');

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
