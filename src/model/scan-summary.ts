import type { GraphNode, ScanResult } from './schema/scan-result.js';

/** A fragment and what a change to it reaches. */
export interface SharedFragment {
  node: GraphNode;
  /** Prompts, fragments and consumers that include or consume it, however deep. */
  dependents: number;
  consumers: number;
  /** Owners of its dependents: the teams a change to it reaches. */
  teams: string[];
}

/** What the terminal summary of a scan shows: the result, and its most shared fragments already ranked. */
export interface ScanSummary {
  scan: ScanResult;
  /** Fragments with two or more dependents, most dependents first (ties by id), at most ten. */
  mostShared: SharedFragment[];
}
