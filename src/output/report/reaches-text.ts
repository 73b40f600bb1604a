import type { ReachesResult } from '../../model/schema/graph-query.js';
import { paint } from './ansi.js';
import { plural } from './impact-labels.js';
import { backwardVerb, hopWhere, nodePlaceText } from './query-hop-text.js';

/** `promptgraph reaches` for a terminal: what the selection is, then everything it reaches by distance, then the teams. */
export function formatReachesText(result: ReachesResult, options: { color: boolean }): string {
  const style = paint(options.color);
  const lines = [
    `${style.bold('promptgraph reaches')}  ${result.selector}  ${style.dim(`(${plural(result.selected.length, 'node')})`)}`,
  ];
  for (const node of result.selected) lines.push(`  ${style.cyan(node.id)}  ${style.dim(nodePlaceText(node))}`);
  if (!result.reached.length) {
    lines.push('', 'Nothing depends on it: no prompt includes it, no consumer uses it.');
    return `${lines.join('\n')}\n`;
  }
  lines.push('', style.bold(`Reaches (${result.reached.length})`));
  for (const node of result.reached) {
    lines.push(
      `  ${style.cyan(node.id)}  ${style.dim(`${nodePlaceText(node)}, ${plural(node.distance, 'step')} away`)}`,
    );
    const last = node.path.at(-1);
    if (last) {
      const where = hopWhere(last);
      lines.push(`    ${style.dim(`← ${backwardVerb(last)} ${last.from}${where ? `  ${where}` : ''}`)}`);
    }
  }
  if (result.teams.length) {
    lines.push('', style.bold(`Teams (${result.teams.length})`));
    for (const team of result.teams) lines.push(`  ${team.team}  ${style.dim(plural(team.nodes.length, 'node'))}`);
  }
  return `${lines.join('\n')}\n`;
}
