import type { ImpactResult } from '../../model/schema/impact-result.js';
import { impactMermaid } from './impact-mermaid.js';
import {
  approvalCount,
  classLabel,
  ownersByType,
  plural,
  revisionLabel,
  tokenLabel,
  variableLabel,
} from './impact-labels.js';
import { approverLabel, ownerLabel } from '../../model/owner-handle.js';
import { sourceUrl, type SourceLinks } from '../../model/source-links.js';
import { cell, code, escapeHtml, escapeText, fenced, oneLine } from './markdown-escape.js';
import { diagnosticLocation } from './diagnostic-location.js';

/** The pieces of the PR comment, each a heading and its items (every item ends with a newline), so the budget can shorten any of them. */
export interface Section {
  heading: string;
  items: string[];
}

const section = (title: string, table: string[] | undefined, items: string[]): Section => ({
  heading: `\n### ${title}\n\n${table ? `${table.join('\n')}\n` : ''}`,
  items: items.map((item) => `${item}\n`),
});

/** A node's id as inline code, linked to its lines in the repository's web view when the links are known. */
function nodeCode(
  node: { id: string; file: string; range: { start: number; end: number } },
  links?: SourceLinks,
): string {
  return links && node.file ? `[${code(node.id)}](${sourceUrl(links, node.file, node.range)})` : code(node.id);
}

/** Heading, revisions and the summary table: always shown whole. */
export function summarySection(result: ImpactResult): string {
  const consumers = result.affected.filter((node) => node.kind === 'consumer').length;
  const required = result.approvals.filter((approval) => approval.required);
  const owners = ownersByType(result);
  const lines = [
    `## promptgraph impact: ${result.risk.level} risk`,
    '',
    escapeText(revisionLabel(result)),
    '',
    '| | |',
    '| --- | --- |',
    `| Risk | **${result.risk.level}**${result.risk.reasons.length ? ` — ${cell(result.risk.reasons.join('; '))}` : ''} |`,
    `| Changed | ${plural(result.changed.length, 'node')} in ${plural(result.changedFiles.length, 'file')} |`,
    `| Affected | ${plural(result.affected.length, 'node')} (${plural(consumers, 'consumer')}) |`,
    `| Teams | ${owners.teams.length ? cell(owners.teams.join(', ')) : 'none'} |`,
    ...(owners.users.length ? [`| Users | ${cell(owners.users.join(', '))} |`] : []),
    `| Approvals | ${required.filter((approval) => approval.satisfied).length}/${required.length} satisfied |`,
    `| Evals | ${result.evals.filter((evaluation) => evaluation.passed).length}/${result.evals.length} passed |`,
    ...(result.violations?.length ? [`| Contract violations | **${result.violations.length}** |`] : []),
  ];
  if (result.organisation) {
    const { affected, teams } = result.organisation;
    const repositories = new Set(affected.map((node) => node.repository)).size;
    lines.push(
      `| Other repositories | ${affected.length ? `${plural(affected.length, 'node')} in ${repositories} ${repositories === 1 ? 'repository' : 'repositories'}${teams.length ? ` — ${cell(teams.map((team) => ownerLabel(team.team, team.type)).join(', '))}` : ''}` : 'none reached'} |`,
    );
  }
  if (!result.changed.length) lines.push('', 'No prompt, fragment or consumer changed.');
  return `${lines.join('\n')}\n`;
}

/** The diagram at decreasing sizes, so a smaller one can stand in when the full one does not fit. */
export function diagramAlternatives(result: ImpactResult): string[] {
  if (!result.changed.length) return [];
  return [
    ...new Set(
      [60, 30, 15].map((limit) => `\n### Blast radius\n\n\`\`\`mermaid\n${impactMermaid(result, limit)}\n\`\`\`\n`),
    ),
  ];
}

/** The changed prompts whose consumers are unknown, and why: the reason the risk says `unknown`. */
export function unknownSection(result: ImpactResult, links?: SourceLinks): Section {
  return section(
    'Consumers unknown',
    undefined,
    result.risk.unknown.map((gap) => {
      const node = result.changed.find((entry) => entry.id === gap.id);
      return `- ${node ? nodeCode(node, links) : code(gap.id)}: ${escapeText(gap.message)}`;
    }),
  );
}

export function changedSection(result: ImpactResult, links?: SourceLinks): Section {
  return section(
    'Changed',
    ['| node | kind | change | variables | tokens | owners |', '| --- | --- | --- | --- | --- | --- |'],
    result.changed.map(
      (node) =>
        `| ${nodeCode(node, links)} | ${node.kind} | ${cell(classLabel(node.classification, result.base !== null, node.variants))} | ${cell(variableLabel(node.variables))} | ${tokenLabel(node.tokens)} | ${cell(node.owners.join(' '))} |`,
    ),
  );
}

export function affectedSection(result: ImpactResult, links?: SourceLinks): Section {
  return section(
    'Affected',
    ['| node | kind | distance | path back to the change | tokens | owners |', '| --- | --- | --- | --- | --- | --- |'],
    result.affected.map(
      (node) =>
        `| ${nodeCode(node, links)} | ${node.kind} | ${node.distance} (${node.via}) | ${cell(node.path.join(' → '))} | ${tokenLabel(node.tokens)} | ${cell(node.owners.join(' '))} |`,
    ),
  );
}

export function violationsSection(result: ImpactResult): Section {
  return section(
    'Contract violations',
    ['| | rule | prompt | why | contract |', '| --- | --- | --- | --- | --- |'],
    (result.violations ?? []).map(
      (violation) =>
        `| ❌ | ${violation.kind} | ${code(`${violation.promptLocation.file}:${violation.promptLocation.line}`)} | ${cell(violation.message)} | ${code(`${violation.contractLocation.file}:${violation.contractLocation.line}`)} |`,
    ),
  );
}

/** Nodes of other repositories the change reaches, from `impact --against org.json`. */
export function elsewhereSection(result: ImpactResult): Section {
  const organisation = result.organisation;
  return section(
    `Beyond ${organisation ? escapeText(organisation.repository) : 'this repository'}`,
    ['| repository | node | kind | distance | owners |', '| --- | --- | --- | --- | --- |'],
    (organisation?.affected ?? []).map(
      (node) =>
        `| ${cell(node.repository)} | ${code(node.id)} | ${node.kind} | ${node.distance} (${node.via}) | ${cell(node.owners.join(' '))} |`,
    ),
  );
}

export function approvalsSection(result: ImpactResult): Section {
  return section(
    'Approvals',
    ['| | approver | needed | why |', '| --- | --- | --- | --- |'],
    result.approvals.map((approval) => {
      const mark = approval.satisfied ? '✅' : approval.required ? '❌' : 'ℹ️ notify';
      return `| ${mark} | ${cell(approverLabel(approval))} | ${approvalCount(approval)} | ${cell(approval.why.join('; '))} |`;
    }),
  );
}

export function evalsSection(result: ImpactResult): Section {
  return section(
    'Evals to run',
    ['| | eval | scope | command | why |', '| --- | --- | --- | --- | --- |'],
    result.evals.map(
      (evaluation) =>
        `| ${evaluation.passed ? '✅' : '❌'} | ${cell(evaluation.name)} | ${evaluation.scope} | ${evaluation.command ? code(evaluation.command) : ''} | ${cell(evaluation.why.join('; '))} |`,
    ),
  );
}

export function invariantsSection(result: ImpactResult): Section {
  return section(
    'Invariants to check',
    undefined,
    result.invariants.flatMap((entry) =>
      entry.invariants.map((invariant) => `- [ ] ${escapeText(invariant)} _(${escapeText(entry.contract)})_`),
    ),
  );
}

export function interfaceSection(result: ImpactResult): Section {
  return section(
    'Interface changes',
    undefined,
    result.interfaceChanges.map(
      (change) =>
        `- ${change.bumped ? '✅' : '❌'} ${code(change.contract)}${change.bumped ? ' (version bumped)' : ' — **version not bumped**'}: ${escapeText(change.reasons.join('; '))}`,
    ),
  );
}

export function diagnosticsSection(result: ImpactResult, links?: SourceLinks): Section {
  return section(
    'Diagnostics',
    undefined,
    result.diagnostics.map((diagnostic) => {
      const where = code(diagnosticLocation(diagnostic));
      const linked =
        links && diagnostic.file && diagnostic.line
          ? `[${where}](${sourceUrl(links, diagnostic.file, { start: diagnostic.line })})`
          : where;
      return `- **${diagnostic.severity}** ${linked} ${escapeText(diagnostic.message)} (${diagnostic.code})`;
    }),
  );
}

/** One `<details>` block per node with a composed-text diff. */
export function diffBlocks(result: ImpactResult, nodes: ImpactResult['changed'] | ImpactResult['affected']): string[] {
  return nodes
    .filter((node) => node.diff)
    .map(
      (node) =>
        `<details><summary><code>${escapeHtml(oneLine(node.id))}</code> — ${escapeHtml(classLabel(node.classification, result.base !== null, node.variants))}</summary>\n\n${fenced('diff', node.diff!)}\n\n</details>\n`,
    );
}
