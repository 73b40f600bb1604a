import type { ImpactResult } from '../../model/schema/impact-result.js';
import { GITHUB_COMMENT_LIMIT, formatImpactMarkdown } from './impact-markdown.js';
import type { SourceLinks } from '../../model/source-links.js';

/**
 * The hidden first line of promptgraph's pull-request comment: a later workflow
 * step finds the comment carrying it and updates it in place, so each PR has
 * one sticky comment instead of one per push.
 */
export const IMPACT_COMMENT_MARKER = '<!-- promptgraph:impact -->';

/** The PR comment: the marker, then the impact Markdown (linked to the web view when `links` is given), still under GitHub's comment limit. */
export function formatImpactComment(result: ImpactResult, options: { links?: SourceLinks } = {}): string {
  return `${IMPACT_COMMENT_MARKER}\n${formatImpactMarkdown(result, { ...options, limit: GITHUB_COMMENT_LIMIT - IMPACT_COMMENT_MARKER.length - 1 })}`;
}
