import { resolveCommit } from '../../git/changed-files.js';
import { gitRevisionSource } from '../../git/git-revision-source.js';
import type { ImpactOptions } from '../../api/impact.js';
import { renderMapHtml } from '../../output/render/render-map-html.js';
import { overlayFromImpact } from '../../query/map/overlay-from-impact.js';
import { prepareMapData } from '../../query/map/prepare-map-data.js';
import { scan } from '../../build/scan.js';
import type { Config } from '../../model/schema/config.js';
import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { ScanResult } from '../../model/schema/scan-result.js';

/** The graph the map draws: the working tree, or the `head` revision read from git. */
export async function scanHead(
  root: string,
  head: string | undefined,
  config: Config | undefined,
): Promise<ScanResult> {
  const withConfig = config ? { config } : {};
  if (!head) return scan(root, withConfig);
  const source = gitRevisionSource(root, await resolveCommit(root, head));
  try {
    return await scan(source, withConfig);
  } finally {
    source.close();
  }
}

/** `impact --format html`: the map of the head, opened on the change with untouched nodes hidden. */
export async function impactMapHtml(root: string, inputs: ImpactOptions, result: ImpactResult): Promise<string> {
  const headScan = await scanHead(root, inputs.head, inputs.config);
  return renderMapHtml(
    prepareMapData(headScan, {
      overlay: overlayFromImpact(result),
      focusOnChange: true,
      title: `${headScan.root} · impact map`,
    }),
  );
}
