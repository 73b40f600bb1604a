import { PromptgraphError } from '../../model/promptgraph-error.js';
import type { Config } from '../../model/schema/config.js';
import type { ProgressCallback } from '../../model/progress.js';
import type { CacheOptions } from '../../model/cache-options.js';

export interface HistoryOptions extends CacheOptions {
  /** Only commits newer than this: an ISO 8601 date (`2024-05-01`, `2024-05-01T12:00:00Z`) or `<n> <unit>s ago`. */
  since?: string;
  /** At most this many commits. */
  maxCount?: number;
  /** Where the walk starts; default HEAD. */
  head?: string;
  /** Scan every revision with this config instead of the head's promptgraph.config.yaml. */
  config?: Config;
  /** Told the commits walked and parents scanned so far, and what each scan of a parent is doing. */
  onProgress?: ProgressCallback;
  /** Scan tests and fixtures too; by default every revision leaves them out. */
  includeTests?: boolean;
}

const RELATIVE = /^\d+\s+(second|minute|hour|day|week|month|year)s?\s+ago$/i;

/**
 * Checks `--since` and `--max-count` before any git runs. git reads a date it
 * does not understand as "now" and lists nothing, so a typo would look like
 * an empty history: refuse it instead.
 */
export function checkHistoryOptions(options: HistoryOptions): void {
  if (options.since !== undefined && !RELATIVE.test(options.since.trim()) && Number.isNaN(Date.parse(options.since))) {
    throw new PromptgraphError(`--since '${options.since}' is not a date`, {
      code: 'usage',
      exitCode: 2,
      hint: "use an ISO 8601 date such as 2024-05-01, or a span such as '2 weeks ago'",
    });
  }
  if (options.maxCount !== undefined && (!Number.isInteger(options.maxCount) || options.maxCount < 1)) {
    throw new PromptgraphError(`--max-count must be a whole number of at least 1, not ${options.maxCount}`, {
      code: 'usage',
      exitCode: 2,
    });
  }
}
