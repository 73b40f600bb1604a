import type { AuditResult } from '../../model/schema/audit-result.js';
import { paint, type Paint } from './ansi.js';
import { countsLabel, findingPlace, groupByRule } from './audit-labels.js';
import type { Severity } from '../../model/schema/common.js';

/**
 * The terminal view of an audit: one group per rule (errors first), each finding
 * as `file:line  message`, then a one-line total. Pure: same document, same text.
 */
export function formatAuditText(result: AuditResult, options: { color: boolean }): string {
  const style = paint(options.color);
  const groups = groupByRule(result);
  const off = result.rules.filter((rule) => rule.level === 'off').map((rule) => rule.id);
  const lines = [`${style.bold('promptgraph audit')}  ${result.root}: ${countsLabel(result.findings)}`];
  for (const group of groups) {
    lines.push(
      '',
      `${severityLabel(style, group.severity)} ${style.bold(group.rule.id)}  ${group.rule.title} (${group.findings.length})`,
    );
    for (const finding of group.findings) lines.push(`  ${style.cyan(findingPlace(finding))}  ${finding.message}`);
  }
  if (!groups.length)
    lines.push('', `${style.green('✓')} ${result.rules.length - off.length} rules ran; none found anything.`);
  if (off.length) lines.push('', style.dim(`Turned off in the config: ${off.join(', ')}`));
  return `${lines.join('\n')}\n`;
}

function severityLabel(style: Paint, severity: Severity): string {
  if (severity === 'error') return style.red('error  ');
  if (severity === 'warning') return style.yellow('warning');
  return style.dim('info   ');
}
