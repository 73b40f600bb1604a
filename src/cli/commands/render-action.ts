import { impactAndHead } from '../../api/impact.js';
import { scan } from '../../api/scan.js';
import { renderMapHtml } from '../../output/render/render-map-html.js';
import { overlayFromImpact } from '../../query/map/overlay-from-impact.js';
import { prepareMapData } from '../../query/map/prepare-map-data.js';
import { withTokenCounts } from '../../query/tokens/with-token-counts.js';
import type { CommandAction } from '../command-spec.js';
import { emit, resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { changeOf, namesChange } from './shared-options.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import { readScanFile } from '../read-scan-file.js';
import { usageError } from '../usage-error.js';
import type { RenderCommandOptions } from './command-options.js';

/** `render`: the map of the working tree, or of the head of a change with the change overlaid (one scan of the head). */
export const runRender: CommandAction<RenderCommandOptions> = async (io, [dir], options) => {
  const root = resolveDir(io, dir);
  const config = await loadConfigOption(io, options);
  const withConfig = { ...(config ? { config } : {}), ...testsOption(options), ...cacheOption(io, options) };
  const title = options.title ? { title: options.title } : {};
  if (options.graph) {
    if (namesChange(options))
      throw usageError(
        'render --graph draws a saved graph; a change (--base, --head, --files) needs a repository to compare',
      );
    await emit(io, options, renderMapHtml(prepareMapData(await readScanFile(io, options.graph), title)));
    return 0;
  }
  const progress = progressDisplay(io, options);
  const rendering = () => progress.options.onProgress?.({ task: 'rendering the map' });
  try {
    if (!namesChange(options)) {
      const scanned = await scan(root, { ...withConfig, ...progress.options });
      rendering();
      const html = renderMapHtml(prepareMapData(withTokenCounts(scanned, config?.model), title));
      progress.stop();
      await emit(io, options, html);
      return 0;
    }
    const { result, head } = await impactAndHead(root, { ...withConfig, ...changeOf(options), ...progress.options });
    rendering();
    const html = renderMapHtml(prepareMapData(withTokenCounts(head), { overlay: overlayFromImpact(result), ...title }));
    progress.stop();
    await emit(io, options, html);
    return 0;
  } finally {
    progress.stop();
  }
};
