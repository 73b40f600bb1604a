import type { ReleaseReport } from '../../model/schema/release-report.js';

/** The stable machine contract of `report --format json` (see contracts/release-report.schema.json). */
export const formatReleaseJson = (report: ReleaseReport): string => `${JSON.stringify(report, null, 2)}\n`;
