import { fixturePath } from '../support/scan-fixture.js';
import type { MapData, MapNode } from '../../src/model/map-data.js';
import { prepareMapData } from '../../src/query/map/prepare-map-data.js';
import { renderMapHtml } from '../../src/output/render/render-map-html.js';
import { scan } from '../../src/build/scan.js';
import type { ScanResult } from '../../src/model/schema/scan-result.js';
import { bundleViewer } from '../../viz/bundle-viewer.mjs';
import { launchMapBrowser, type MapBrowser } from './chromium.js';

/**
 * The repository the browser tests map: the demo monorepo, whose shared persona
 * has a contract and reaches prompts and consumers of several teams. Everything
 * the tests expect is read from its scan, so the demo can grow without editing them.
 */
export const MAP_FIXTURE = fixturePath('demo-monorepo');

export interface DemoMap {
  browser: MapBrowser;
  viewer: { script: string; style: string };
  result: ScanResult;
  /** The demo's map without a change overlaid. */
  html: string;
  data: MapData;
}

/** A browser, the bundled viewer and the demo's scan, its map and the data the map embeds: what each browser suite starts from. */
export async function loadDemoMap(): Promise<DemoMap> {
  const [browser, viewer, result] = await Promise.all([launchMapBrowser(), bundleViewer(), scan(MAP_FIXTURE)]);
  return {
    browser,
    viewer,
    result,
    html: renderMapHtml(prepareMapData(result), { viewer }),
    data: prepareMapData(result),
  };
}

/** The shared persona: the fragment named `persona` (or whose file says so) with the most dependents. */
export function sharedPersona(data: MapData): MapNode {
  const candidates = data.nodes.filter(
    (node) => node.kind === 'fragment' && (node.name === 'persona' || /persona/i.test(node.file)),
  );
  const persona = candidates.sort((a, b) => b.dependents - a.dependents)[0];
  if (!persona)
    throw new Error(
      `no persona fragment in ${MAP_FIXTURE}; fragments: ${data.nodes
        .filter((node) => node.kind === 'fragment')
        .map((node) => node.id)
        .join(', ')}`,
    );
  return persona;
}

/** Labels of a node's direct dependents or dependencies, sorted as the panel lists them. */
export function neighbourLabels(data: MapData, id: string, side: 'dependents' | 'dependencies'): string[] {
  const position = data.nodes.findIndex((node) => node.id === id);
  const [mine, theirs]: [0 | 1, 0 | 1] = side === 'dependents' ? [0, 1] : [1, 0];
  const others = new Set(data.edges.filter((edge) => edge[mine] === position).map((edge) => edge[theirs]));
  return [...others].map((other) => data.nodes[other]!.label).sort((a, b) => a.localeCompare(b));
}
