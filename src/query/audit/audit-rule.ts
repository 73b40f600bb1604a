import type { PromptGraph } from '../graph/prompt-graph.js';
import type { Severity } from '../../model/schema/common.js';
import type { AuditRuleId } from '../../model/schema/audit-rules.js';
import type { ScanResult } from '../../model/schema/scan-result.js';

/** What every rule queries: the scan result and its graph, built once per audit. */
export interface AuditContext {
  readonly result: ScanResult;
  readonly graph: PromptGraph;
}

/** A rule's finding before the runner gives it its severity and fingerprint. */
export interface RuleFinding {
  message: string;
  file: string;
  line: number;
  endLine?: number;
  /** The node the finding is about first, then the others involved. */
  nodes: string[];
  /**
   * What makes this finding itself among the rule's findings, without line
   * numbers (so it survives edits above it); defaults to `nodes`.
   */
  key?: string;
}

/**
 * One audit rule: data about it, and a pure query over the scan result. Rules
 * never read files or git; adding one is one file under `rules/`, one entry in
 * `rules/index.ts` and the schema's id list, and one fixture folder.
 */
export interface AuditRule {
  id: AuditRuleId;
  title: string;
  description: string;
  defaultSeverity: Severity;
  check(context: AuditContext): RuleFinding[];
}
