import path from 'node:path';
import { impact } from '../../api/impact.js';
import { renderMapHtml } from '../../output/render/render-map-html.js';
import { overlayFromImpact } from '../../query/map/overlay-from-impact.js';
import { prepareMapData } from '../../query/map/prepare-map-data.js';
import { emit, type CliIo, type GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { splitList } from './impact-options.js';
import { scanHead } from './render-head-scan.js';

export interface RenderCliOptions {
  base?: string;
  head?: string;
  files?: string;
  title?: string;
}

/** `render`: scan (the head), ask the impact engine for the overlay when a change is named, write the HTML. */
export async function runRender(io: CliIo, dir: string, options: GlobalOptions & RenderCliOptions): Promise<number> {
  if (options.format && options.format !== 'html')
    throw usageError(`render: unknown --format '${options.format}' (render writes html)`);
  if (options.files !== undefined && (options.base || options.head))
    throw usageError('--files cannot be combined with --base or --head');
  if (options.head && !options.base)
    throw usageError(
      '--head needs --base: the overlay compares two revisions',
      'e.g. promptgraph render --base origin/main --head HEAD',
    );
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const config = await loadConfigOption(io, options);
  const withConfig = config ? { config } : {};
  const change = options.base || options.files !== undefined;
  const result = change
    ? await impact(root, {
        ...withConfig,
        ...(options.base ? { base: options.base } : {}),
        ...(options.head ? { head: options.head } : {}),
        ...(options.files !== undefined ? { files: splitList(options.files) } : {}),
      })
    : undefined;
  const scan = await scanHead(root, options.head, config);
  const html = renderMapHtml(
    prepareMapData(scan, {
      ...(result ? { overlay: overlayFromImpact(result) } : {}),
      ...(options.title ? { title: options.title } : {}),
    }),
  );
  await emit(io, options, html);
  return 0;
}
