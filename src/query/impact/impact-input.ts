import type { EvalRun } from '../../model/schema/promptfoo-results.js';
import type { ScanResult } from '../../model/schema/scan-result.js';

/** Approvals and passed evals known so far (from `--approved-by`, `--evals-passed`, `--review-data`). */
export interface ReviewData {
  /** Handles (or team handles) that approved. */
  approvedBy: string[];
  /** Evals that passed: unique names, paths (`file#name` for a contract eval) or ids. */
  evalsPassed: string[];
  /** Team handle → member handles, so member approvals count towards `{ team, count }`. */
  teams?: Record<string, string[]>;
  /** promptfoo runs (`--eval-results`): each marks the eval it ran passed or failed. */
  evalRuns?: EvalRun[];
}

/**
 * One CODEOWNERS rule deciding a changed file. As on GitHub, an approval from
 * any one of its owners satisfies it; a GitLab `[Section][N]` asks for N, and an
 * optional `^[Section]` asks for none (its owners are listed, not required).
 */
export interface CodeownersRequirement {
  owners: string[];
  /** The CODEOWNERS file and the rule's 1-based line and pattern, for the reason. */
  file?: string;
  line?: number;
  pattern?: string;
  section?: string;
  approvals?: number;
  optional?: boolean;
}

/**
 * Everything the impact engine needs, as plain data: it never reads files or
 * runs git. The CLI (or the `impact()` library function) builds it from git.
 */
export interface ImpactInput {
  /** The scan at the base; undefined when only changed paths are known (`--files`). */
  base?: ScanResult;
  head: ScanResult;
  /** Repository-relative paths the change touches (added, modified, deleted; renames by both names). */
  changedFiles: string[];
  /**
   * Without a base (`--files path#symbol`): the symbols of a listed file that
   * changed; only their nodes (and their members' nodes) count as changed, not
   * the rest of the file. A file listed without symbols changes entirely.
   */
  symbols?: Record<string, string[]>;
  /** Files renamed by the change, so their nodes are matched rather than removed and added. */
  renames?: { from: string; to: string }[];
  baseRevision?: { ref: string; commit?: string };
  headRevision?: { ref: string; commit?: string };
  /**
   * The CODEOWNERS rules deciding each changed file at the head (file → rules, one
   * per GitLab section); a file asks them only when a changed node is in it or
   * depends on it. A plain list of handles stands for one rule with those owners.
   */
  codeowners?: Record<string, CodeownersRequirement[] | string[]>;
  review?: ReviewData;
  /** The config's default model (`model`), for token counts of prompts that name none. */
  model?: string;
}
