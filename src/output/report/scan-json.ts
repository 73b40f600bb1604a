import type { ScanResult } from '../../model/schema/scan-result.js';

/** The stable machine contract: pretty-printed, key order fixed by construction. */
export const formatScanJson = (result: ScanResult): string => `${JSON.stringify(result, null, 2)}\n`;
