import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { SourceLinks } from '../../model/source-links.js';
import { formatImpactMarkdown } from './impact-markdown.js';
import { IMPACT_COMMENT_MARKER } from './pr-comment.js';

/** GitLab refuses notes over 1,000,000 characters ("Note is too long"). */
export const GITLAB_NOTE_LIMIT = 1_000_000;

/**
 * The merge-request note: the same hidden marker and Markdown as the GitHub PR
 * comment (GitLab renders its Mermaid diagram and <details> too), budgeted for
 * GitLab's note limit. A later job step finds the note carrying the marker and
 * updates it, so a merge request has one note that follows every push.
 */
export function formatMergeRequestNote(result: ImpactResult, options: { links?: SourceLinks } = {}): string {
  return `${IMPACT_COMMENT_MARKER}\n${formatImpactMarkdown(result, {
    ...options,
    limit: GITLAB_NOTE_LIMIT - IMPACT_COMMENT_MARKER.length - 1,
    limitName: `GitLab's ${GITLAB_NOTE_LIMIT}-character note limit`,
  })}`;
}
