import type { FlowCertainty } from './extraction.js';
import type { GraphEdge } from './schema/scan-result.js';

/** Whether a consumes edge (or a reference, a call) is a possible flow; absent certainty is certain. */
export const isPossible = (flow: FlowCertainty | GraphEdge): boolean => flow.certainty === 'possible';

/**
 * The fields an edge takes from the reference or call that made it: nothing for
 * a certain flow (so every existing edge keeps its shape), `certainty` and `via`
 * for a possible one.
 */
export const certaintyFields = (flow: FlowCertainty): Pick<GraphEdge, 'certainty' | 'via'> =>
  isPossible(flow) ? { certainty: 'possible', ...(flow.via ? { via: flow.via } : {}) } : {};

/**
 * The certainty of edges merged into one (from, to, kind): a traced flow makes
 * it certain whatever else was lost on the way; otherwise possible, with the
 * distinct reasons joined in a fixed order.
 */
export function mergedCertainty(group: readonly GraphEdge[]): Pick<GraphEdge, 'certainty' | 'via'> {
  if (!group.length || group.some((edge) => !isPossible(edge))) return {};
  const reasons = [...new Set(group.flatMap((edge) => (edge.via ? [edge.via] : [])))].sort();
  return { certainty: 'possible', ...(reasons.length ? { via: reasons.join('; ') } : {}) };
}
