import type { ScanResult } from '../../model/schema/scan-result.js';
import type { ReviewData } from './impact-input.js';
import { contractOf } from '../../build/contract/contract-meta.js';

/**
 * Handles the data declares to be teams even without GitHub's `@org/team` slash:
 * a contract's `{ team, count }` approver (at either side) and each team the
 * review data lists members for. Everything else is typed by its shape.
 */
export function knownTeams(scans: readonly (ScanResult | undefined)[], review: ReviewData | undefined): Set<string> {
  const teams = new Set(Object.keys(review?.teams ?? {}));
  for (const scan of scans) {
    for (const node of scan?.nodes ?? []) {
      for (const approver of contractOf(node)?.approvers ?? [])
        if (typeof approver !== 'string') teams.add(approver.team);
    }
  }
  return teams;
}
