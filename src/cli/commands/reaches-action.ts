import { reaches } from '../../api/graph-query.js';
import { REACHES_REPORTERS } from '../../output/reporters.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { readScanFile } from '../read-scan-file.js';
import type { ReachesCommandOptions } from './command-options.js';

export const runReaches: CommandAction<ReachesCommandOptions> = async (io, [selector, dir], options) => {
  const graph = options.graph ? await readScanFile(io, options.graph) : undefined;
  const result = await reaches(resolveDir(io, dir), selector!, graph ? { graph } : {});
  await emit(io, options, REACHES_REPORTERS.get(options.format)!(result, reportContext(io, options)));
  return 0;
};
