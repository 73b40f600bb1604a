import path from 'node:path';
import { scan } from '../../build/scan.js';
import { formatScanJson } from '../../output/report/scan-json.js';
import { formatScanText } from '../../output/report/scan-text.js';
import { summarizeScan } from '../../query/graph/summarize-scan.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { progressReporter } from '../progress.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';

/** `scan`: print the graph; exit 1 when it holds an error-severity diagnostic, 0 otherwise. */
export async function runScan(io: CliIo, dir: string, options: GlobalOptions): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw usageError(`scan: unknown --format '${format}' (use text or json)`);
  const root = path.resolve(io.cwd ?? process.cwd(), dir);
  const config = await loadConfigOption(io, options);
  const result = await scan(root, {
    ...(config ? { config } : {}),
    onProgress: progressReporter(io, options, 'scanning'),
  });
  const output =
    format === 'json'
      ? formatScanJson(result)
      : formatScanText(summarizeScan(result), { color: useColor(io, options), verbose: Boolean(options.verbose) });
  await emit(io, options, output);
  // An error-severity diagnostic is a finding (a template that does not parse, an invalid contract): exit 1, as audit does.
  const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  if (errors && format !== 'text' && !options.quiet)
    io.stderr.write(
      `promptgraph scan: ${errors} error-severity diagnostic${errors === 1 ? '' : 's'} (exit 1); see the result's diagnostics\n`,
    );
  return errors ? 1 : 0;
}
