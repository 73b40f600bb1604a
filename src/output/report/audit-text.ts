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
    for (const finding of group.findings)
      lines.push(
        `  ${style.cyan(findingPlace(finding))}  ${finding.message}${finding.baseline === 'known' ? style.dim('  (in the baseline)') : ''}`,
      );
  }
  if (!groups.length)
    lines.push('', `${style.green('✓')} ${result.rules.length - off.length} rules ran; none found anything.`);
  lines.push(...baselineLines(result, style));
  if (result.suppressed)
    lines.push('', style.dim(`Left out by promptgraph-ignore comments and front matter: ${result.suppressed}`));
  if (off.length) lines.push('', style.dim(`Turned off in the config: ${off.join(', ')}`));
  return `${lines.join('\n')}\n`;
}

/** With `--baseline`: how many findings are new, and each accepted one fixed since, so the team can shrink the file. */
function baselineLines(result: AuditResult, style: Paint): string[] {
  const judged = result.findings.filter((finding) => finding.baseline);
  if (!judged.length && !result.fixed?.length) return [];
  const known = judged.filter((finding) => finding.baseline === 'known').length;
  const lines = ['', `Baseline: ${judged.length - known} new, ${known} known (known findings do not fail the audit).`];
  if (result.fixed?.length) {
    lines.push(
      `${style.green('✓')} Fixed since the baseline was written (${result.fixed.length}); run --write-baseline again to drop them:`,
    );
    for (const entry of result.fixed)
      lines.push(`  ${style.cyan(entry.file || '(repository)')}  ${entry.rule}: ${entry.message}`);
  }
  return lines;
}

function severityLabel(style: Paint, severity: Severity): string {
  if (severity === 'error') return style.red('error  ');
  if (severity === 'warning') return style.yellow('warning');
  return style.dim('info   ');
}
