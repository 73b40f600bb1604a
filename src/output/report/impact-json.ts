import type { ImpactResult } from '../../model/schema/impact-result.js';

/** The stable machine contract of `impact --format json` (see contracts/impact-result.schema.json). */
export const formatImpactJson = (result: ImpactResult): string => `${JSON.stringify(result, null, 2)}\n`;
