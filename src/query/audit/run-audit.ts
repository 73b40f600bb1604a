import { createHash } from 'node:crypto';
import { PromptGraph } from '../graph/prompt-graph.js';
import type { Severity } from '../../model/schema/common.js';
import type { AuditConfig } from '../../model/schema/audit-rules.js';
import type { AuditFinding, AuditResult, AuditRuleInfo } from '../../model/schema/audit-result.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { SCHEMA_VERSION } from '../../model/schema/common.js';
import { AUDIT_RULES } from './rules/index.js';
import type { AuditRule } from './audit-rule.js';
import { compareText } from '../../model/compare-text.js';

/**
 * The audit as a query: one graph built from the scan result, every rule the
 * config leaves on asked once, each finding given its rule's level and a
 * fingerprint. Pure: the same scan result and config give the same document.
 */
export function auditScan(
  result: ScanResult,
  config: Partial<AuditConfig> = {},
  rules: readonly AuditRule[] = AUDIT_RULES,
): AuditResult {
  const context = { result, graph: new PromptGraph(result) };
  const infos: AuditRuleInfo[] = [];
  const findings: AuditFinding[] = [];
  for (const rule of rules) {
    const level = config.rules?.[rule.id] ?? rule.defaultSeverity;
    infos.push({
      id: rule.id,
      title: rule.title,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      level,
    });
    if (level === 'off') continue;
    for (const found of rule.check(context)) {
      findings.push({
        rule: rule.id,
        severity: level satisfies Severity,
        message: found.message,
        file: found.file,
        line: found.line,
        endLine: Math.max(found.endLine ?? found.line, found.line),
        nodes: found.nodes,
        fingerprint: fingerprint(rule.id, found.key ?? found.nodes.join('\n')),
      });
    }
  }
  return { schemaVersion: SCHEMA_VERSION, root: result.root, rules: infos, findings: findings.sort(byPlace) };
}

const fingerprint = (rule: string, key: string): string =>
  createHash('sha256').update(`${rule}\0${key}`).digest('hex').slice(0, 32);

const byPlace = (left: AuditFinding, right: AuditFinding): number =>
  compareText(left.file, right.file) ||
  left.line - right.line ||
  compareText(left.rule, right.rule) ||
  compareText(left.message, right.message) ||
  compareText(left.fingerprint, right.fingerprint);
