import { nodeLocation } from './diagnostic-location.js';
import type { HistoryResult } from '../../model/schema/prompt-history.js';
import { colorDiffLine, paint } from './ansi.js';
import { authorLabel, revisionText, shortCommit } from './commit-labels.js';
import { classLabel, plural, variableLabel } from './impact-labels.js';

/**
 * The terminal view of a prompt's history: one block per commit, newest first,
 * with who, when, why (the subject), how the composed text changed, through
 * which files, and the composed diff. Pure: same result, same text.
 */
export function formatHistoryText(result: HistoryResult, options: { color: boolean }): string {
  const style = paint(options.color);
  const { prompt } = result;
  const lines = [
    `${style.bold('promptgraph history')}  ${style.cyan(prompt.id)}  ${style.dim(`${prompt.kind} ${nodeLocation(prompt)}${prompt.owners.length ? `, owners ${prompt.owners.join(' ')}` : ''}`)}`,
    `First-parent history of ${revisionText(result.head)}${result.since ? ` since ${result.since}` : ''}, newest first: ${plural(result.commits.length, 'commit')} changed its composed text ${style.dim(`(${plural(result.walk.commits, 'commit')} walked, ${result.walk.scanned} scanned)`)}`,
  ];
  for (const entry of result.commits) {
    const variables = variableLabel(entry.variables);
    lines.push(
      '',
      `${style.yellow(shortCommit(entry.commit))}  ${entry.date}  ${authorLabel(entry)}`,
      `  ${style.bold(entry.subject || '(no subject)')}`,
      `  ${classLabel(entry.classification, true)}${variables ? `  variables ${variables}` : ''}${entry.renamedFrom ? `  renamed from ${entry.renamedFrom}` : ''}${entry.files.length ? style.dim(`  via ${entry.files.join(', ')}`) : ''}`,
    );
    if (entry.diff)
      lines.push(
        ...entry.diff
          .trimEnd()
          .split('\n')
          .map((line) => `    ${colorDiffLine(style, line)}`),
      );
  }
  if (result.truncated)
    lines.push('', style.dim(`Stopped at --max-count ${result.maxCount}: older commits may have changed it too.`));
  return `${lines.join('\n')}\n`;
}
