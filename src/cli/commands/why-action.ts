import { why } from '../../api/graph-query.js';
import { WHY_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { readScanFile } from '../read-scan-file.js';
import type { WhyCommandOptions } from './command-options.js';
import { changeOf, namesChange } from './shared-options.js';

export const runWhy: CommandAction<WhyCommandOptions> = async (io, [target, dir], options) => {
  const graph = options.graph ? await readScanFile(io, options.graph) : undefined;
  const config = await loadConfigOption(io, options);
  const result = await why(resolveDir(io, dir), target!, {
    ...(graph ? { graph } : {}),
    ...(options.from !== undefined ? { from: options.from } : {}),
    ...(namesChange(options) ? { change: { ...changeOf(options), ...(config ? { config } : {}) } } : {}),
  });
  await emit(io, options, WHY_REPORTERS.get(options.format)!(result, reportContext(io, options)));
  return 0;
};
