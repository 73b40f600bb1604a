import type { HistoryResult } from '../../model/schema/prompt-history.js';

/** The stable machine contract of `history --format json` (see contracts/prompt-history.schema.json). */
export const formatHistoryJson = (result: HistoryResult): string => `${JSON.stringify(result, null, 2)}\n`;
