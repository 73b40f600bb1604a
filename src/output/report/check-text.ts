import type { CheckOutcome } from '../../model/schema/check-outcome.js';
import type { ImpactResult } from '../../model/schema/impact-result.js';
import { paint } from './ansi.js';
import { affectedByCertainty } from './possible-labels.js';

/** The gate's verdict for a terminal: one line when it passed, then one line per failure when it did not. */
export function formatCheckText(result: ImpactResult, outcome: CheckOutcome, options: { color: boolean }): string {
  const style = paint(options.color);
  const { certain, possible } = affectedByCertainty(result);
  const summary = `${result.changed.length} changed, ${certain.length} affected${possible.length ? `, ${possible.length} possibly` : ''}, risk ${result.risk.level}`;
  return outcome.ok
    ? `${style.green('✓')} promptgraph check passed (${summary})\n`
    : `${[`${style.red('✗')} promptgraph check failed (${summary}):`, ...outcome.failures].join('\n')}\n`;
}
