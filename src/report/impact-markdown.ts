import type { ImpactResult } from '../schema/impact-result.js';
import { impactMermaid } from './impact-mermaid.js';
import { classLabel, plural, revisionLabel, variableLabel } from './impact-labels.js';

/** GitHub rejects comments over 65,536 characters; keep a margin for the truncation note. */
export const GITHUB_COMMENT_LIMIT = 65_536;
const NOTE_RESERVE = 400;

/**
 * The PR comment: summary table, Mermaid blast radius, approvals, evals,
 * invariants, then the composed diffs in <details>. When it would exceed GitHub's
 * limit, diffs are dropped from the last one back, and as a last resort the text
 * is cut; either way an explicit note says what was left out.
 */
export function formatImpactMarkdown(result: ImpactResult, limit = GITHUB_COMMENT_LIMIT): string {
  const head = headSections(result);
  const tail = tailSections(result);
  const diffs = [...result.changed, ...result.affected].filter((node) => node.diff).map((node) => diffBlock(node.id, classLabel(node.classification, result.base !== null), node.diff!));
  const budget = limit - NOTE_RESERVE;
  let body = head;
  let kept = 0;
  const diffHeading = diffs.length ? '\n### Composed text diffs\n\n' : '';
  for (const block of diffs) {
    if ((body + diffHeading + block + tail).length > budget) break;
    kept++;
    body += (kept === 1 ? diffHeading : '') + block;
  }
  let text = body + tail;
  const notes: string[] = [];
  if (kept < diffs.length) notes.push(`${diffs.length - kept} of ${diffs.length} composed diffs were left out to stay under GitHub's ${GITHUB_COMMENT_LIMIT}-character comment limit; the JSON report has them all.`);
  if (text.length > budget) {
    text = `${text.slice(0, budget).replace(/\n[^\n]*$/, '')}\n`;
    notes.push(`This comment was truncated at ${budget} characters to stay under GitHub's comment limit; the JSON report has everything.`);
  }
  return notes.length ? `${text}\n> **Truncated.** ${notes.join(' ')}\n` : text;
}

function headSections(result: ImpactResult): string {
  const consumers = result.affected.filter((node) => node.kind === 'consumer').length;
  const required = result.approvals.filter((approval) => approval.required);
  const lines = [
    `## promptgraph impact: ${result.risk.level} risk`,
    '',
    `${escapeText(revisionLabel(result))}`,
    '',
    '| | |',
    '| --- | --- |',
    `| Risk | **${result.risk.level}**${result.risk.reasons.length ? ` — ${cell(result.risk.reasons.join('; '))}` : ''} |`,
    `| Changed | ${plural(result.changed.length, 'node')} in ${plural(result.changedFiles.length, 'file')} |`,
    `| Affected | ${plural(result.affected.length, 'node')} (${plural(consumers, 'consumer')}) |`,
    `| Teams | ${result.teams.length ? cell(result.teams.map((team) => team.team).join(', ')) : 'none'} |`,
    `| Approvals | ${required.filter((approval) => approval.satisfied).length}/${required.length} satisfied |`,
    `| Evals | ${result.evals.filter((evaluation) => evaluation.passed).length}/${result.evals.length} passed |`,
  ];
  if (!result.changed.length) return `${lines.join('\n')}\n\nNo prompt, fragment or consumer changed.\n`;
  lines.push('', '### Blast radius', '', '```mermaid', impactMermaid(result), '```', '', '### Changed', '', '| node | kind | change | variables | owners |', '| --- | --- | --- | --- | --- |');
  for (const node of result.changed) {
    lines.push(`| \`${code(node.id)}\` | ${node.kind} | ${cell(classLabel(node.classification, result.base !== null))} | ${cell(variableLabel(node.variables))} | ${cell(node.owners.join(' '))} |`);
  }
  if (result.affected.length) {
    lines.push('', '### Affected', '', '| node | kind | distance | path back to the change | owners |', '| --- | --- | --- | --- | --- |');
    for (const node of result.affected) lines.push(`| \`${code(node.id)}\` | ${node.kind} | ${node.distance} (${node.via}) | ${cell(node.path.join(' → '))} | ${cell(node.owners.join(' '))} |`);
  }
  return `${lines.join('\n')}\n`;
}

function tailSections(result: ImpactResult): string {
  const lines: string[] = [];
  if (result.approvals.length) {
    lines.push('', '### Approvals', '', '| | approver | needed | why |', '| --- | --- | --- | --- |');
    for (const approval of result.approvals) {
      const mark = approval.satisfied ? '✅' : approval.required ? '❌' : 'ℹ️ notify';
      lines.push(`| ${mark} | ${cell(approval.approver)} | ${approval.approvedBy.length}/${approval.count} | ${cell(approval.why.join('; '))} |`);
    }
  }
  if (result.evals.length) {
    lines.push('', '### Evals to run', '', '| | eval | scope | command | why |', '| --- | --- | --- | --- | --- |');
    for (const evaluation of result.evals) {
      lines.push(`| ${evaluation.passed ? '✅' : '❌'} | ${cell(evaluation.name)} | ${evaluation.scope} | ${evaluation.command ? `\`${code(evaluation.command)}\`` : ''} | ${cell(evaluation.why.join('; '))} |`);
    }
  }
  if (result.invariants.length) {
    lines.push('', '### Invariants to check', '');
    for (const entry of result.invariants) for (const invariant of entry.invariants) lines.push(`- [ ] ${escapeText(invariant)} _(${escapeText(entry.contract)})_`);
  }
  if (result.interfaceChanges.length) {
    lines.push('', '### Interface changes', '');
    for (const change of result.interfaceChanges) lines.push(`- ${change.bumped ? '✅' : '❌'} \`${code(change.contract)}\`${change.bumped ? ' (version bumped)' : ' — **version not bumped**'}: ${escapeText(change.reasons.join('; '))}`);
  }
  if (result.diagnostics.length) {
    lines.push('', '### Diagnostics', '');
    for (const diagnostic of result.diagnostics) lines.push(`- **${diagnostic.severity}** \`${code(`${diagnostic.file}:${diagnostic.line}${diagnostic.column ? `:${diagnostic.column}` : ''}`)}\` ${escapeText(diagnostic.message)} (${diagnostic.code})`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

function diffBlock(id: string, classes: string, diff: string): string {
  const longestRun = Math.max(2, ...(diff.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `<details><summary><code>${escapeHtml(id)}</code> — ${escapeHtml(classes)}</summary>\n\n${fence}diff\n${diff.trimEnd()}\n${fence}\n\n</details>\n`;
}

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Table cells: pipes and newlines would end the cell; HTML would render. */
const cell = (text: string): string => escapeHtml(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (text: string): string => text.replace(/`/g, 'ˋ').replace(/\|/g, '\\|');
const escapeText = (text: string): string => escapeHtml(text).replace(/([\\*_[\]`])/g, '\\$1');
