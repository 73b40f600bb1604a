import path from 'node:path';
import { releaseReport } from '../../api/release-report.js';
import { formatReleaseHtml } from '../../output/report/release-html.js';
import { formatReleaseJson } from '../../output/report/release-json.js';
import { formatReleaseMarkdown } from '../../output/report/release-markdown.js';
import type { ReleaseReport } from '../../model/schema/release-report.js';
import { emit, type CliIo, type GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { walkProgress } from '../walk-progress.js';

// A Map, so `--format constructor` is an unknown format, not Object.prototype's member.
const FORMATTERS = new Map<string, (report: ReleaseReport) => string>([
  ['md', formatReleaseMarkdown],
  ['html', formatReleaseHtml],
  ['json', formatReleaseJson],
]);

export interface ReportCliOptions {
  base?: string;
  head?: string;
}

export async function runReport(io: CliIo, dir: string, options: GlobalOptions & ReportCliOptions): Promise<number> {
  const format = options.format ?? 'md';
  const formatter = FORMATTERS.get(format);
  if (!formatter) throw usageError(`report: unknown --format '${format}' (use ${[...FORMATTERS.keys()].join(', ')})`);
  if (!options.base)
    throw usageError(
      'report needs --base <rev-or-tag>: the older release',
      'e.g. promptgraph report --base v1.2.0 --head v1.3.0',
    );
  const config = await loadConfigOption(io, options);
  const progress = walkProgress(io, options);
  const report = await releaseReport(path.resolve(io.cwd ?? process.cwd(), dir), {
    base: options.base,
    ...(options.head ? { head: options.head } : {}),
    ...(config ? { config } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.done());
  await emit(io, options, formatter(report));
  return 0;
}
