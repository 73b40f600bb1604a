import type { AuditResult } from '../../model/schema/audit-result.js';

/** The stable machine contract of `audit --format json` (see contracts/audit-result.schema.json). */
export const formatAuditJson = (result: AuditResult): string => `${JSON.stringify(result, null, 2)}\n`;
