import { releaseReport } from '../../api/release-report.js';
import { RELEASE_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import type { ReportCommandOptions } from './command-options.js';

export const runReport: CommandAction<ReportCommandOptions> = async (io, [dir], options) => {
  const config = await loadConfigOption(io, options);
  const progress = progressDisplay(io, options);
  const report = await releaseReport(resolveDir(io, dir), {
    base: options.base ?? '', // the library says what is missing
    ...(options.head ? { head: options.head } : {}),
    ...(config ? { config } : {}),
    ...testsOption(options),
    ...cacheOption(io, options),
    ...progress.options,
  }).finally(progress.stop);
  await emit(io, options, RELEASE_REPORTERS.get(options.format)!(report, reportContext(io, options)));
  return 0;
};
