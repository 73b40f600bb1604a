import { scan } from '../../api/scan.js';
import { SCAN_REPORTERS } from '../../output/reporters.js';
import { summarizeScan } from '../../query/graph/summarize-scan.js';
import { withTokenCounts } from '../../query/tokens/with-token-counts.js';
import { readConfig } from '../../build/config/read-config.js';
import { diskFileSource } from '../../build/files/file-source.js';
import type { CommandAction } from '../command-spec.js';
import { emit, reportContext, resolveDir } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { progressDisplay } from '../progress-display.js';
import { cacheOption, testsOption } from '../global-options.js';
import { cacheDirFor } from '../../build/cache/cache-location.js';
import { withRememberedTokenCounts } from '../../api/remembered-token-counts.js';

/** `scan`: print the graph; exit 1 when it holds an error-severity diagnostic, 0 otherwise. */
export const runScan: CommandAction<Record<string, never>> = async (io, [dir], options) => {
  const config = await loadConfigOption(io, options);
  const progress = progressDisplay(io, options);
  const cache = cacheOption(io, options);
  const result = await scan(resolveDir(io, dir), {
    ...(config ? { config } : {}),
    ...testsOption(options),
    ...cache,
    ...progress.options,
  }).finally(progress.stop);
  const reporter = SCAN_REPORTERS.get(options.format)!;
  // The JSON carries each prompt's token count; counting loads a tokenizer, so the text summary does without.
  const model = (config ?? (await repositoryConfig(resolveDir(io, dir)))).model;
  const shown =
    options.format === 'json'
      ? await withRememberedTokenCounts(cacheDirFor(resolveDir(io, dir), cache), () => withTokenCounts(result, model))
      : result;
  await emit(io, options, reporter(summarizeScan(shown), reportContext(io, options)));
  // An error-severity diagnostic is a finding (a template that does not parse, an invalid contract): exit 1, as audit does.
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors && options.format !== 'text' && !options.quiet)
    io.stderr.write(
      `promptgraph scan: ${errors} error-severity diagnostic${errors === 1 ? '' : 's'} (exit 1); see the result's diagnostics\n`,
    );
  return errors ? 1 : 0;
};

/** The scanned folder's own config (the scan read it too, and refused it when unreadable), for its default model. */
const repositoryConfig = (root: string) => readConfig(diskFileSource(root));
