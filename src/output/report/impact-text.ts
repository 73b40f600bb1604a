import type { ImpactResult } from '../../model/schema/impact-result.js';
import { colorDiffLine, type Paint, paint } from './ansi.js';
import { diagnosticLocation, nodeLocation } from './diagnostic-location.js';
import { approvalCount, classLabel, plural, revisionLabel, variableLabel } from './impact-labels.js';
import { approverLabel, ownerLabel } from '../../model/owner-handle.js';

/**
 * The terminal view of an impact result: risk first, then what changed, what it
 * reaches, who must approve and which evals must run. Pure: same result, same text.
 */
export function formatImpactText(result: ImpactResult, options: { color: boolean; verbose?: boolean }): string {
  const style = paint(options.color);
  const riskColor =
    result.risk.level === 'high'
      ? style.red
      : result.risk.level === 'medium' || result.risk.level === 'unknown'
        ? style.yellow
        : style.green;
  const lines: string[] = [
    `${style.bold('promptgraph impact')}  ${revisionLabel(result)}`,
    `Risk: ${riskColor(style.bold(result.risk.level.toUpperCase()))}${result.risk.reasons.length ? ` — ${result.risk.reasons.join('; ')}` : ''}`,
  ];
  if (result.risk.unknown.length) {
    lines.push('', style.bold(`Consumers unknown (${result.risk.unknown.length})`));
    for (const gap of result.risk.unknown) lines.push(`  ${style.cyan(gap.id)}  ${style.dim(gap.message)}`);
  }
  if (!result.changed.length) {
    lines.push('', `No prompt, fragment or consumer changed (${plural(result.changedFiles.length, 'changed file')}).`);
  } else {
    lines.push('', style.bold(`Changed (${result.changed.length})`));
    for (const node of result.changed) {
      const variables = variableLabel(node.variables);
      lines.push(`  ${style.cyan(node.id)}  ${style.dim(`${node.kind} ${nodeLocation(node)}`)}`);
      lines.push(
        `    ${classLabel(node.classification, result.base !== null, node.variants)}${variables ? `  variables ${variables}` : ''}${node.renamedFrom ? `  renamed from ${node.renamedFrom}` : ''}`,
      );
      if (options.verbose && node.diff)
        lines.push(
          ...node.diff
            .trimEnd()
            .split('\n')
            .map((line) => `      ${colorDiffLine(style, line)}`),
        );
    }
  }
  if (result.affected.length) {
    lines.push('', style.bold(`Affected (${result.affected.length})`));
    for (const node of result.affected) {
      lines.push(
        `  ${style.cyan(node.id)}  ${style.dim(`${node.kind}, ${plural(node.distance, 'step')} away via ${node.via}`)}`,
      );
      lines.push(`    ${style.dim(node.path.join(' → '))}`);
    }
  }
  if (result.organisation) lines.push(...organisationLines(result.organisation, style));
  for (const type of ['team', 'user'] as const) {
    const owners = result.teams.filter((owner) => owner.type === type);
    if (!owners.length) continue;
    lines.push('', style.bold(`${type === 'team' ? 'Teams' : 'Users'} (${owners.length})`));
    for (const owner of owners)
      lines.push(`  ${owner.team}  ${style.dim(`${owner.changed.length} changed, ${owner.affected.length} affected`)}`);
  }
  if (result.approvals.length) {
    lines.push('', style.bold('Approvals'));
    for (const approval of result.approvals) {
      const mark = approval.satisfied ? style.green('✓') : approval.required ? style.red('✗') : style.yellow('i');
      const count = approval.count > 1 ? ` ${approvalCount(approval)}` : '';
      lines.push(
        `  ${mark} ${approverLabel(approval)}${count}${approval.required ? '' : ' (notify)'}  ${style.dim(approval.why.join('; '))}`,
      );
    }
  }
  if (result.evals.length) {
    lines.push('', style.bold('Evals'));
    for (const evaluation of result.evals) {
      lines.push(
        `  ${evaluation.passed ? style.green('✓') : style.red('✗')} ${evaluation.name} (${evaluation.scope})${evaluation.command ? `  $ ${evaluation.command}` : ''}`,
      );
      lines.push(`    ${style.dim(evaluation.why.join('; '))}`);
    }
  }
  for (const entry of result.invariants) {
    lines.push(
      '',
      style.bold(`Invariants to check (${entry.contract})`),
      ...entry.invariants.map((invariant) => `  - ${invariant}`),
    );
  }
  for (const change of result.interfaceChanges) {
    lines.push(
      '',
      style.bold(`Interface change: ${change.contract}`) +
        (change.bumped ? style.green(' (version bumped)') : style.red(' (version not bumped)')),
      ...change.reasons.map((reason) => `  - ${reason}`),
    );
  }
  if (result.diagnostics.length) {
    lines.push('', style.bold(`Diagnostics (${result.diagnostics.length})`));
    for (const diagnostic of result.diagnostics) {
      lines.push(
        `  ${diagnosticLocation(diagnostic)}  ${diagnostic.severity === 'error' ? style.red('error') : style.yellow(diagnostic.severity)} ${diagnostic.message} ${style.dim(`[${diagnostic.code}]`)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** What the change reaches in other repositories of the organisation graph, and whose it is there. */
function organisationLines(organisation: NonNullable<ImpactResult['organisation']>, style: Paint): string[] {
  const repositories = new Set(organisation.affected.map((node) => node.repository));
  const lines = [
    '',
    style.bold(
      `Beyond ${organisation.repository} (${plural(organisation.affected.length, 'node')} in ${repositories.size} other ${repositories.size === 1 ? 'repository' : 'repositories'} of ${organisation.graph})`,
    ),
  ];
  if (!organisation.affected.length) return [...lines, '  nothing in another repository depends on what changed'];
  for (const node of organisation.affected)
    lines.push(
      `  ${style.cyan(`${node.repository}:${node.id}`)}  ${style.dim(`${node.kind}, ${plural(node.distance, 'step')} away via ${node.via}${node.owners.length ? `, ${node.owners.join(' ')}` : ''}`)}`,
    );
  for (const team of organisation.teams)
    lines.push(
      `  ${ownerLabel(team.team, team.type)}  ${style.dim(`${plural(team.nodes.length, 'node')} in ${team.repositories.join(', ')}`)}`,
    );
  return lines;
}
