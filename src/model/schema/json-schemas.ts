import { z } from 'zod';
import { ConfigSchema } from './config.js';
import { ScanResultSchema } from './scan-result.js';
import { ContractFileSchema } from './contract-file.js';
import { ImpactResultSchema } from './impact-result.js';
import { CheckResultSchema } from './check-outcome.js';
import { ReviewDataSchema } from './review-data.js';
import { AuditBaselineSchema, AuditResultSchema } from './audit-result.js';
import { HistoryResultSchema } from './prompt-history.js';
import { ReleaseReportSchema } from './release-report.js';
import { ReachesResultSchema, WhyResultSchema } from './graph-query.js';
import { WorkspaceFileSchema } from './workspace.js';

/**
 * Every published JSON Schema, generated from the zod schemas (the single source
 * of truth) into the repository's `contracts/` folder by `npm run schemas`.
 * A test regenerates them and fails when the committed files drift.
 */
export const JSON_SCHEMAS: Record<string, z.ZodType> = {
  'promptgraph.config.schema.json': ConfigSchema,
  'scan-result.schema.json': ScanResultSchema,
  'contract.schema.json': ContractFileSchema,
  'impact-result.schema.json': ImpactResultSchema,
  'check-result.schema.json': CheckResultSchema,
  'review-data.schema.json': ReviewDataSchema,
  'audit-result.schema.json': AuditResultSchema,
  'audit-baseline.schema.json': AuditBaselineSchema,
  'prompt-history.schema.json': HistoryResultSchema,
  'release-report.schema.json': ReleaseReportSchema,
  'reaches-result.schema.json': ReachesResultSchema,
  'why-result.schema.json': WhyResultSchema,
  'workspace.schema.json': WorkspaceFileSchema,
};

export function jsonSchemaText(schema: z.ZodType): string {
  return `${JSON.stringify(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), null, 2)}\n`;
}
