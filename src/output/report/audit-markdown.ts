import type { AuditResult } from '../../model/schema/audit-result.js';
import { countsLabel, groupByRule } from './audit-labels.js';
import { cell, code, markdownCell } from './markdown-escape.js';

/** A job summary stays readable (and far under GitHub's 1 MiB step-summary limit) with this many rows per rule. */
const ROWS_PER_RULE = 50;
const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;

/**
 * The audit as Markdown, for a GitHub job summary: a table of rules with their
 * counts, then each rule's findings as `file:line | message` rows.
 */
export function formatAuditMarkdown(result: AuditResult): string {
  const groups = groupByRule(result);
  const lines = [`## promptgraph audit: ${countsLabel(result.findings)}`, ''];
  if (!groups.length) {
    lines.push(
      `No findings in ${code(result.root)}: ${result.rules.filter((rule) => rule.level !== 'off').length} rules ran.`,
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push('| | rule | findings |', '| --- | --- | --- |');
  for (const group of groups)
    lines.push(
      `| ${ICON[group.severity]} ${group.severity} | \`${group.rule.id}\` ${cell(group.rule.title)} | ${group.findings.length} |`,
    );
  for (const group of groups) {
    lines.push(
      '',
      `### ${ICON[group.severity]} \`${group.rule.id}\` — ${cell(group.rule.title)}`,
      '',
      markdownCell(group.rule.description),
      '',
      '| where | finding |',
      '| --- | --- |',
    );
    for (const finding of group.findings.slice(0, ROWS_PER_RULE)) {
      lines.push(
        `| ${code(finding.file ? `${finding.file}:${finding.line}` : '(repository)')} | ${cell(finding.message)} |`,
      );
    }
    if (group.findings.length > ROWS_PER_RULE)
      lines.push(
        '',
        `_…and ${group.findings.length - ROWS_PER_RULE} more; \`promptgraph audit --format json\` lists them all._`,
      );
  }
  return `${lines.join('\n')}\n`;
}
