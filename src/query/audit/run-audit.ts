import { createHash } from 'node:crypto';
import { PromptGraph } from '../graph/prompt-graph.js';
import type { Severity } from '../../model/schema/common.js';
import { ruleSettings, type AuditConfig } from '../../model/schema/audit-rules.js';
import type { AuditFinding, AuditResult, AuditRuleInfo } from '../../model/schema/audit-result.js';
import type { ScanResult } from '../../model/schema/scan-result.js';
import { AUDIT_SCHEMA_MINOR, SCHEMA_VERSION } from '../../model/schema/common.js';
import { AUDIT_RULES } from './rules/index.js';
import type { AuditRule, RuleFinding } from './audit-rule.js';
import { compareText } from '../../model/compare-text.js';
import { ruleScope } from './rule-scope.js';
import { applySuppressions } from './apply-suppressions.js';
import { unusedSuppressions } from './rules/unused-suppression.js';

/**
 * The audit as a query: one graph built from the scan result, every rule the
 * config leaves on asked once, its findings kept where its `paths`/`ignore`
 * globs say, each given its rule's level and a fingerprint; then the findings
 * the scanned files suppress are left out, and suppressions that name no rule
 * or cover nothing become findings themselves. Pure: the same scan result and
 * config give the same document.
 */
export function auditScan(
  result: ScanResult,
  config: Partial<AuditConfig> = {},
  rules: readonly AuditRule[] = AUDIT_RULES,
): AuditResult {
  const context = { result, graph: new PromptGraph(result) };
  const infos: AuditRuleInfo[] = [];
  const findings: AuditFinding[] = [];
  const late: { rule: AuditRule; level: Severity; inScope: (file: string) => boolean }[] = [];
  for (const rule of rules) {
    const settings = ruleSettings(config.rules?.[rule.id]);
    const level = settings.level ?? rule.defaultSeverity;
    infos.push({
      id: rule.id,
      title: rule.title,
      description: rule.description,
      defaultSeverity: rule.defaultSeverity,
      level,
    });
    if (level === 'off') continue;
    const inScope = ruleScope(settings);
    if (rule.id === 'unused-suppression') {
      late.push({ rule, level, inScope });
      continue;
    }
    for (const found of rule.check(context)) if (inScope(found.file)) findings.push(finding(rule, level, found));
  }
  const suppressions = result.suppressions ?? [];
  const { kept, suppressed, uses } = applySuppressions(findings, suppressions);
  // A suppression of a rule that is off, or that does not report on its file, has nothing to cover: no finding about it.
  const known = new Set<string>(rules.map((rule) => rule.id));
  const running = new Set<string>(infos.filter((info) => info.level !== 'off').map((info) => info.id));
  const reportable = uses.filter(({ rule, suppression }) => {
    if (!known.has(rule)) return true;
    return running.has(rule) && ruleScope(ruleSettings(config.rules?.[rule as AuditRule['id']]))(suppression.file);
  });
  for (const { rule, level, inScope } of late)
    for (const found of unusedSuppressions(reportable, suppressions, known))
      if (inScope(found.file)) kept.push(finding(rule, level, found));
  return {
    schemaVersion: SCHEMA_VERSION,
    schemaMinor: AUDIT_SCHEMA_MINOR,
    root: result.root,
    rules: infos,
    findings: kept.sort(byPlace),
    ...(suppressed ? { suppressed } : {}),
  };
}

function finding(rule: AuditRule, level: Severity, found: RuleFinding): AuditFinding {
  return {
    rule: rule.id,
    severity: level,
    message: found.message,
    file: found.file,
    line: found.line,
    endLine: Math.max(found.endLine ?? found.line, found.line),
    nodes: found.nodes,
    fingerprint: fingerprint(rule.id, found.key ?? found.nodes.join('\n')),
  };
}

const fingerprint = (rule: string, key: string): string =>
  createHash('sha256').update(`${rule}\0${key}`).digest('hex').slice(0, 32);

const byPlace = (left: AuditFinding, right: AuditFinding): number =>
  compareText(left.file, right.file) ||
  left.line - right.line ||
  compareText(left.rule, right.rule) ||
  compareText(left.message, right.message) ||
  compareText(left.fingerprint, right.fingerprint);
