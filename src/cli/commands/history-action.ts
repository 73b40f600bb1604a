import path from 'node:path';
import { history } from '../../api/history.js';
import { formatHistoryJson } from '../../output/report/history-json.js';
import { formatHistoryText } from '../../output/report/history-text.js';
import { emit, useColor, type CliIo, type GlobalOptions } from '../io.js';
import { loadConfigOption } from '../load-config-option.js';
import { usageError } from '../usage-error.js';
import { walkProgress } from '../walk-progress.js';

export interface HistoryCliOptions {
  since?: string;
  maxCount?: string;
}

export async function runHistory(
  io: CliIo,
  prompt: string,
  dir: string,
  options: GlobalOptions & HistoryCliOptions,
): Promise<number> {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw usageError(`history: unknown --format '${format}' (use text or json)`);
  if (options.maxCount !== undefined && !/^[1-9]\d*$/.test(options.maxCount))
    throw usageError(`--max-count must be a whole number of at least 1, not '${options.maxCount}'`);
  const config = await loadConfigOption(io, options);
  const progress = walkProgress(io, options);
  const result = await history(path.resolve(io.cwd ?? process.cwd(), dir), prompt, {
    ...(options.since !== undefined ? { since: options.since } : {}),
    ...(options.maxCount !== undefined ? { maxCount: Number(options.maxCount) } : {}),
    ...(config ? { config } : {}),
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.done());
  await emit(
    io,
    options,
    format === 'json' ? formatHistoryJson(result) : formatHistoryText(result, { color: useColor(io, options) }),
  );
  return 0;
}
