import { history } from '../../api/history.js';
import { HISTORY_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import type { HistoryCommandOptions } from './command-options.js';

export const runHistory: CommandAction<HistoryCommandOptions> = async (io, [prompt, dir], options) => {
  // Parsing the flag's text is the CLI's; whether the number is acceptable is the library's to say.
  if (options.maxCount !== undefined && !/^\d+$/.test(options.maxCount))
    throw usageError(`--max-count must be a whole number of at least 1, not '${options.maxCount}'`);
  const config = await loadConfigOption(io, options);
  const progress = progressDisplay(io, options);
  const result = await history(resolveDir(io, dir), prompt!, {
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.maxCount !== undefined ? { maxCount: Number(options.maxCount) } : {}),
    ...(config ? { config } : {}),
    ...testsOption(options),
    ...cacheOption(io, options),
    ...progress.options,
  }).finally(progress.stop);
  await emit(io, options, HISTORY_REPORTERS.get(options.format)!(result, reportContext(io, options)));
  return 0;
};
