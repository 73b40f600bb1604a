import { diagnosticLocation, nodeLocation } from './diagnostic-location.js';
import type { ReleaseContract, ReleasePrompt, ReleaseReport } from '../../model/schema/release-report.js';
import { authorLabel, dayOf, revisionText, shortCommit } from './commit-labels.js';
import { classLabel, plural, variableLabel } from './impact-labels.js';
import { cell, code, escapeHtml, escapeText, fenced } from './markdown-escape.js';
import {
  approverLabel,
  changeLabel,
  countedApprover,
  ownerTypeIn,
  releaseCommitCount,
  throughParts,
} from './release-labels.js';
import { ownersByType } from './impact-labels.js';
import { approverLabel as ownersApproverLabel, ownersPhrase } from '../../model/owner-handle.js';

/**
 * The release report as Markdown, for a release PR or a wiki page: a summary,
 * then one section per changed prompt (its commits, what it changed through,
 * contracts with approvers and invariants, evals, and the composed diff in a
 * <details>), then who must approve and which evals to have run.
 */
export function formatReleaseMarkdown(report: ReleaseReport): string {
  const direct = report.prompts.filter((prompt) => prompt.change === 'direct').length;
  const required = report.approvals.filter((approval) => approval.required);
  const owners = ownersByType(report);
  const lines = [
    `# Prompt changes: ${escapeText(report.base.ref)} → ${escapeText(report.head.ref)}`,
    '',
    `${escapeText(revisionText(report.base))} → ${escapeText(revisionText(report.head))}, first-parent history (a merge counts as one commit).`,
    '',
    '| | |',
    '| --- | --- |',
    `| Prompts changed | ${report.prompts.length} (${direct} directly, ${report.prompts.length - direct} through fragments they include) |`,
    `| Commits | ${plural(releaseCommitCount(report), 'commit')} changed prompt text |`,
    `| Risk | **${report.risk.level}**${report.risk.reasons.length ? ` — ${cell(report.risk.reasons.join('; '))}` : ''} |`,
    `| Teams | ${owners.teams.length ? cell(owners.teams.join(', ')) : 'none'} |`,
    ...(owners.users.length ? [`| Users | ${cell(owners.users.join(', '))} |`] : []),
    `| Approvals | ${required.length ? cell(required.map((approval) => countedApprover(ownersApproverLabel(approval), approval.count)).join(', ')) : 'none required'} |`,
    `| Evals to have run | ${report.evals.length ? cell(report.evals.map((entry) => entry.name).join(', ')) : 'none'} |`,
  ];
  if (!report.prompts.length)
    return `${[...lines, '', "No prompt's composed text changed between these revisions."].join('\n')}\n`;
  lines.push('', '## Prompts', '', '| prompt | change | commits | owners |', '| --- | --- | --- | --- |');
  for (const prompt of report.prompts)
    lines.push(
      `| ${code(prompt.id)} | ${cell(changeLabel(prompt))} | ${prompt.commits.length} | ${cell(prompt.teams.join(' '))} |`,
    );
  for (const prompt of report.prompts) lines.push('', ...promptSection(report, prompt));
  lines.push(...reviewSections(report));
  return `${lines.join('\n')}\n`;
}

function promptSection(report: ReleaseReport, prompt: ReleasePrompt): string[] {
  const variables = variableLabel(prompt.variables);
  const lines = [
    `### ${code(prompt.id)}`,
    '',
    `${escapeText(changeLabel(prompt))}${variables ? ` · variables ${escapeText(variables)}` : ''}${prompt.renamedFrom ? ` · renamed from ${code(prompt.renamedFrom)}` : ''} · ${escapeText(nodeLocation(prompt))}`,
  ];
  const through = throughParts(prompt);
  if (through.fragments.length)
    lines.push(
      '',
      `Changed through ${[...(through.own ? ['its own text'] : []), ...through.fragments.map(code)].join(' and ')}.`,
    );
  const typeOf = ownerTypeIn(report);
  if (prompt.teams.length) lines.push('', `Owners: ${escapeText(ownersPhrase(prompt.teams, typeOf))}`);
  lines.push('', '| commit | date | author | subject | change |', '| --- | --- | --- | --- | --- |');
  for (const entry of prompt.commits) {
    lines.push(
      `| ${code(shortCommit(entry.commit))} | ${dayOf(entry.date)} | ${cell(authorLabel(entry))} | ${cell(entry.subject)} | ${cell(`${classLabel(entry.classification, true)}${entry.files.length ? ` (${entry.files.join(', ')})` : ''}`)} |`,
    );
  }
  if (!prompt.commits.length) lines.push('| | | | no first-parent commit in the range changed it | |');
  for (const contract of prompt.contracts) lines.push('', ...contractLines(contract));
  const evals = report.evals.filter((entry) => prompt.evals.includes(entry.id));
  if (evals.length)
    lines.push(
      '',
      `Evals: ${evals.map((entry) => `${escapeText(entry.name)} (${entry.scope}${entry.command ? `, ${code(entry.command)}` : ''})`).join('; ')}`,
    );
  if (prompt.diff)
    lines.push(
      '',
      `<details><summary>Composed diff of ${escapeHtml(prompt.id)}, ${escapeHtml(revisionText(report.base))} → ${escapeHtml(revisionText(report.head))}</summary>`,
      '',
      fenced('diff', prompt.diff),
      '',
      '</details>',
    );
  return lines;
}

function contractLines(contract: ReleaseContract): string[] {
  const approvers = contract.approvers.map(approverLabel);
  const lines = [
    `Contract ${code(contract.id)}${contract.version !== undefined ? ` v${escapeText(String(contract.version))}` : ''} (governs ${contract.governs.map(code).join(', ')}): ${approvers.length ? `approvers ${escapeText(approvers.join(', '))}` : 'no approvers'}; downstream approval ${contract.downstream_approval}`,
  ];
  for (const invariant of contract.invariants) lines.push(`- [ ] ${escapeText(invariant)}`);
  return lines;
}

function reviewSections(report: ReleaseReport): string[] {
  const lines: string[] = [];
  if (report.approvals.length) {
    lines.push('', '## Approvals', '', '| approver | needed | required | why |', '| --- | --- | --- | --- |');
    for (const approval of report.approvals)
      lines.push(
        `| ${cell(ownersApproverLabel(approval))} | ${approval.count} | ${approval.required ? 'yes' : 'notify'} | ${cell(approval.why.join('; '))} |`,
      );
  }
  if (report.evals.length) {
    lines.push('', '## Evals to have run', '', '| eval | scope | command | why |', '| --- | --- | --- | --- |');
    for (const entry of report.evals)
      lines.push(
        `| ${cell(entry.name)} | ${entry.scope} | ${entry.command ? code(entry.command) : ''} | ${cell(entry.why.join('; '))} |`,
      );
  }
  if (report.interfaceChanges.length) {
    lines.push('', '## Interface changes', '');
    for (const change of report.interfaceChanges)
      lines.push(
        `- ${code(change.contract)}${change.bumped ? ' (version bumped)' : ' — **version not bumped**'}: ${escapeText(change.reasons.join('; '))}`,
      );
  }
  if (report.diagnostics.length) {
    lines.push('', '## Diagnostics', '');
    for (const diagnostic of report.diagnostics)
      lines.push(
        `- **${diagnostic.severity}** ${code(diagnosticLocation(diagnostic))} ${escapeText(diagnostic.message)} (${diagnostic.code})`,
      );
  }
  return lines;
}
