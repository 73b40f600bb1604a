import type { WhyResult } from '../../model/schema/graph-query.js';
import { paint } from './ansi.js';
import { plural } from './impact-labels.js';
import { forwardVerb, hopWhere, nodePlaceText } from './query-hop-text.js';

const FROM: Record<WhyResult['from'], string> = {
  selection: 'the selected nodes',
  change: 'the changed nodes',
  roots: 'the nodes nothing feeds',
};

/** `promptgraph why` for a terminal: every path to the target, one hop a line, with the line that makes it. */
export function formatWhyText(result: WhyResult, options: { color: boolean }): string {
  const style = paint(options.color);
  const lines = [
    `${style.bold('promptgraph why')}  ${style.cyan(result.target.id)}  ${style.dim(nodePlaceText(result.target))}`,
  ];
  if (!result.paths.length) {
    lines.push('', `No path from ${FROM[result.from]} reaches it.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `${plural(result.paths.length, 'path')} from ${plural(result.sources.length, 'node')} (${FROM[result.from]})${result.truncated ? '; more paths exist, only these are listed' : ''}`,
  );
  result.paths.forEach((path, index) => {
    lines.push('', style.bold(`Path ${index + 1}`), `  ${style.cyan(path.nodes[0]!)}`);
    for (const hop of path.hops) {
      const where = hopWhere(hop);
      lines.push(`    → ${forwardVerb(hop)} ${style.cyan(hop.to)}${where ? `  ${style.dim(where)}` : ''}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
