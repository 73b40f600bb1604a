import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { CheckOutcome } from '../../model/schema/check-outcome.js';
import { formatImpactMarkdown } from './impact-markdown.js';
import { escapeText } from './markdown-escape.js';
import type { SourceLinks } from '../../model/source-links.js';

/**
 * The gate's verdict for a job summary: passed or failed, every failure, and the
 * impact report it judged folded underneath so the step's summary stands alone.
 */
export function formatCheckMarkdown(
  result: ImpactResult,
  outcome: CheckOutcome,
  options: { links?: SourceLinks } = {},
): string {
  const lines = [outcome.ok ? '## ✅ promptgraph check passed' : '## ❌ promptgraph check failed', ''];
  if (outcome.failures.length) lines.push(...outcome.failures.map((failure) => `- ${escapeText(failure)}`), '');
  lines.push(
    '<details><summary>Impact report</summary>',
    '',
    formatImpactMarkdown(result, options).trimEnd(),
    '',
    '</details>',
  );
  return `${lines.join('\n')}\n`;
}
