import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { SourceLinks } from '../../model/source-links.js';
import { choicePart, fitParts, listPart, type BudgetPart } from './markdown-budget.js';
import {
  affectedSection,
  approvalsSection,
  changedSection,
  diagnosticsSection,
  diagramAlternatives,
  diffBlocks,
  elsewhereSection,
  evalsSection,
  interfaceSection,
  invariantsSection,
  summarySection,
  unknownSection,
  violationsSection,
  type Section,
} from './impact-markdown-sections.js';

/** GitHub rejects comments over 65,536 characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** Room tried for the closing note, smallest first: it names what was left out, so it is at most about 500 characters. */
const NOTE_RESERVES = [0, 200, 400, 700];
const DIFFS_HEADING = '\n### Composed text diffs\n\n';

export interface ImpactMarkdownOptions {
  /** Characters the whole comment may take; GitHub's comment limit by default. */
  limit?: number;
  /** How the closing note names that limit ("GitHub's 65536-character comment limit"). */
  limitName?: string;
  /** The repository's web view: node ids and diagnostics link to their files and lines. */
  links?: SourceLinks;
}

/**
 * The PR comment: summary table, Mermaid blast radius, the prompts whose consumers are unknown, changed and affected
 * nodes, approvals, evals, invariants, interface changes, diagnostics, then the
 * composed diffs in <details>. Under GitHub's limit it is budgeted by what a
 * reviewer needs: the summary, approvals, evals, invariants, interface changes,
 * diagnostics and the changed nodes come first, then the changed nodes' diffs
 * (as many as fit), then the diagram (smaller when the full one does not fit);
 * the affected table and the affected nodes' diffs give way first, each with
 * an explicit "N more not shown", and a closing note names what was left out.
 */
export function formatImpactMarkdown(result: ImpactResult, options: ImpactMarkdownOptions = {}): string {
  const {
    limit = GITHUB_COMMENT_LIMIT,
    links,
    limitName = `GitHub's ${GITHUB_COMMENT_LIMIT}-character comment limit`,
  } = options;
  const list = (entry: Section, noun: string, nouns = `${noun}s`) =>
    listPart(
      entry.heading,
      entry.items,
      (count) =>
        `\n_${count} more ${count === 1 ? noun : nouns} not shown; the JSON report (\`--format json\`) lists them all._\n`,
    );
  const diffs = (blocks: string[]) =>
    listPart(
      DIFFS_HEADING,
      blocks,
      (count) => `\n_${count} more composed diff${count === 1 ? '' : 's'} not shown; the JSON report has them all._\n`,
      { skip: true },
    );
  const changedDiffs = diffBlocks(result, result.changed);
  const affectedDiffs = diffBlocks(result, result.affected);
  const counts = {
    affected: result.affected.length,
    changedDiffs: changedDiffs.length,
    affectedDiffs: affectedDiffs.length,
  };
  const summary = summarySection(result);
  const parts: [Key, BudgetPart][] = [
    ['unknown', list(unknownSection(result, links), 'prompt with unknown consumers', 'prompts with unknown consumers')],
    ['violations', list(violationsSection(result), 'contract violation')],
    ['approvals', list(approvalsSection(result), 'approval')],
    ['evals', list(evalsSection(result), 'eval')],
    ['interfaces', list(interfaceSection(result), 'interface change')],
    ['invariants', list(invariantsSection(result), 'invariant')],
    ['diagnostics', list(diagnosticsSection(result, links), 'diagnostic')],
    ['changed', list(changedSection(result, links), 'changed node')],
    ['elsewhere', list(elsewhereSection(result), 'node of another repository', 'nodes of other repositories')],
    ['changedDiffs', diffs(changedDiffs)],
    ['diagram', choicePart(diagramAlternatives(result))],
    ['affected', list(affectedSection(result, links), 'affected node')],
    ['affectedDiffs', diffs(affectedDiffs)],
  ];
  const render = (reserve: number) => {
    const fitted = fitParts(Math.max(0, limit - reserve - summary.length), parts);
    // Both diff lists carry the heading so each fits on its own; shown together, it is said once.
    const affectedDiffText = fitted.changedDiffs.text
      ? fitted.affectedDiffs.text.replace(DIFFS_HEADING, '')
      : fitted.affectedDiffs.text;
    const text = [
      summary,
      ...(
        [
          'diagram',
          'unknown',
          'changed',
          'affected',
          'violations',
          'elsewhere',
          'approvals',
          'evals',
          'invariants',
          'interfaces',
          'diagnostics',
          'changedDiffs',
        ] as const
      ).map((key) => fitted[key].text),
      affectedDiffText,
    ].join('');
    const left = parts.filter(([key]) => fitted[key].left).map(([key]) => shortened(key, fitted[key].left, counts));
    const note =
      left.length || text.length > limit
        ? `\n> **Shortened** to stay under ${limitName}: ${left.length ? left.join(', ') : 'the end of the summary'} not shown. The JSON report (\`promptgraph impact --format json\`) has everything.\n`
        : '';
    return { text, note };
  };
  for (const reserve of NOTE_RESERVES) {
    const { text, note } = render(reserve);
    if (text.length + note.length <= limit) return text + note;
  }
  // Only a summary longer than the limit on its own (thousands of teams) gets here: cut it at a line.
  const { text, note } = render(NOTE_RESERVES.at(-1)!);
  return `${text.slice(0, Math.max(0, limit - note.length)).replace(/\n[^\n]*$/, '')}\n${note}`;
}

type Key =
  | 'unknown'
  | 'violations'
  | 'approvals'
  | 'evals'
  | 'interfaces'
  | 'invariants'
  | 'diagnostics'
  | 'changed'
  | 'elsewhere'
  | 'changedDiffs'
  | 'affected'
  | 'diagram'
  | 'affectedDiffs';

function shortened(
  key: Key,
  left: number,
  counts: { affected: number; changedDiffs: number; affectedDiffs: number },
): string {
  switch (key) {
    case 'diagram':
      return 'the blast radius diagram';
    case 'affected':
      return `${left} of ${counts.affected} affected nodes`;
    case 'changedDiffs':
      return `${left} of ${counts.changedDiffs} diffs of changed nodes`;
    case 'affectedDiffs':
      return `${left} of ${counts.affectedDiffs} diffs of affected nodes`;
    case 'changed':
      return `${left} changed node${left === 1 ? '' : 's'}`;
    case 'interfaces':
      return `${left} interface change${left === 1 ? '' : 's'}`;
    case 'unknown':
      return `${left} prompt${left === 1 ? '' : 's'} with unknown consumers`;
    case 'violations':
      return `${left} contract violation${left === 1 ? '' : 's'}`;
    case 'elsewhere':
      return `${left} node${left === 1 ? '' : 's'} of other repositories`;
    default:
      return `${left} ${key.replace(/s$/, '')}${left === 1 ? '' : 's'}`;
  }
}
