import type { ScanResult } from '../../model/schema/scan-result.js';
import type { ScanSummary } from '../../model/scan-summary.js';
import { PromptGraph } from './prompt-graph.js';
import { sharedFragments } from './shared-fragments.js';
import { compareText } from '../../model/compare-text.js';

const TOP_SHARED = 10;

/** The scan with its most shared fragments ranked, for `formatScanText`. */
export function summarizeScan(scan: ScanResult): ScanSummary {
  const mostShared = sharedFragments(new PromptGraph(scan))
    .filter((entry) => entry.dependents >= 2)
    .sort((left, right) => right.dependents - left.dependents || compareText(left.node.id, right.node.id))
    .slice(0, TOP_SHARED);
  return { scan, mostShared };
}
