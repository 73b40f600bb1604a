import type { Severity } from '../../model/schema/common.js';
import type { AuditFinding, AuditResult, AuditRuleInfo } from '../../model/schema/audit-result.js';
import { VERSION } from '../../model/version.js';

export interface SarifOptions {
  /**
   * Where the audited folder sits in the repository (`packages/app/`), so every
   * `artifactLocation.uri` is repository-relative as GitHub code scanning needs;
   * empty when the audit ran at the repository root.
   */
  pathPrefix?: string;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** The key under which each result's fingerprint is published; bump the version if the fingerprint's recipe changes. */
export const FINGERPRINT_KEY = 'promptgraphFinding/v1';

/**
 * SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rules that ran
 * (`tool.driver.rules`, with their configured level), one result per finding with
 * a repository-relative location and a partial fingerprint that survives line moves.
 */
export function formatAuditSarif(result: AuditResult, options: SarifOptions = {}): string {
  const rules = result.rules.filter((rule) => rule.level !== 'off');
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'promptgraph', semanticVersion: VERSION, rules: rules.map(sarifRule) } },
        results: result.findings
          .filter((finding) => ruleIndex.has(finding.rule))
          .map((finding) => sarifResult(finding, ruleIndex.get(finding.rule)!, options.pathPrefix ?? '')),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function sarifRule(rule: AuditRuleInfo) {
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description },
    help: { text: rule.description },
    defaultConfiguration: { level: LEVEL[rule.level === 'off' ? rule.defaultSeverity : rule.level] },
    properties: { tags: ['promptgraph', 'prompts'] },
  };
}

function sarifResult(finding: AuditFinding, index: number, prefix: string) {
  const file = `${prefix}${finding.file}`;
  return {
    ruleId: finding.rule,
    ruleIndex: index,
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    // GitHub needs a location to show a result; a finding about the repository as a whole points at its root.
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: finding.file ? encodePath(file) : prefix ? encodePath(prefix) : '.' },
          ...(finding.file
            ? { region: { startLine: Math.max(1, finding.line), endLine: Math.max(1, finding.line, finding.endLine) } }
            : {}),
        },
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    // SARIF's own word for a finding against a baseline: `unchanged` is accepted, `new` fails.
    ...(finding.baseline ? { baselineState: finding.baseline === 'known' ? 'unchanged' : 'new' } : {}),
    properties: { nodes: finding.nodes },
  };
}

/** A repository path as a relative URI reference: each segment percent-encoded, the slashes kept. */
const encodePath = (file: string): string => file.split('/').map(encodeURIComponent).join('/');
