import type { ReachesResult, WhyResult } from '../../model/schema/graph-query.js';

/** The stable machine contracts of `reaches` and `why --format json` (contracts/reaches-result.schema.json, why-result.schema.json). */
export const formatReachesJson = (result: ReachesResult): string => `${JSON.stringify(result, null, 2)}\n`;
export const formatWhyJson = (result: WhyResult): string => `${JSON.stringify(result, null, 2)}\n`;
