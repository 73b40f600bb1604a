import { readFileSync } from 'node:fs';
import { AuditResultSchema, type AuditResult } from '../../src/model/schema/audit-result.js';
import { fixturePath } from '../support/scan-fixture.js';

/**
 * A saved `audit --format json` document: an include cycle (error), an unowned
 * prompt whose path holds a comma, a colon and a space (warning), the same
 * prompt unused (info), and contract-without-evals turned off by the config.
 */
export const savedAudit = (): AuditResult =>
  AuditResultSchema.parse(JSON.parse(readFileSync(fixturePath('report/audit-result.json'), 'utf8')));

/** The same document with no findings, as a clean repository gives. */
export const cleanAudit = (): AuditResult => ({ ...savedAudit(), findings: [] });
