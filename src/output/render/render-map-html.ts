import type { MapData } from '../../model/map-data.js';
import { embedJson, escapeHtml } from './embed-json.js';
import { loadViewerAsset, type ViewerAsset } from './viewer-asset.js';

export interface RenderMapOptions {
  /** The viewer bundle to embed; defaults to the built `dist/viz/` one. */
  viewer?: ViewerAsset;
}

/**
 * Nothing is fetched when the file is opened: scripts and styles are inline,
 * images may only be data: URLs, and everything else is refused.
 */
export const MAP_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:";

/**
 * The interactive map as one self-contained HTML file: the viewer bundle and
 * the map data (`prepareMapData`) inline. Prompt text travels only inside the JSON element,
 * escaped so it can never close it, and the viewer shows it with textContent.
 */
export function renderMapHtml(data: MapData, options: RenderMapOptions = {}): string {
  const viewer = options.viewer ?? loadViewerAsset();
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${MAP_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(data.title)}</title>`,
    `<style>${inlineSafe(viewer.style, 'style')}</style>`,
    '</head>',
    '<body>',
    '<noscript>The promptgraph map needs JavaScript.</noscript>',
    `<script type="application/json" id="promptgraph-data">${embedJson(data)}</script>`,
    `<script>${inlineSafe(viewer.script, 'script')}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A bundle must not close its own element; `<\/` means the same in JS strings and regexes. */
function inlineSafe(code: string, element: 'script' | 'style'): string {
  return code.replace(new RegExp(`</(${element})`, 'gi'), '<\\/$1');
}
