import type { PromptGraph } from '../graph/prompt-graph.js';
import { findIncludeCycles } from '../../build/graph/find-include-cycles.js';
import { sharedFragments } from '../graph/shared-fragments.js';
import type { SharedFragment } from '../../model/scan-summary.js';

export type { SharedFragment };

/**
 * The fragment a contract protects best: one that reaches code (a consumer)
 * and is not in an include cycle (a bug to fix, not an interface to freeze)
 * comes before one that reaches no consumer, which comes before a cycle member;
 * then most dependents, ties broken by id so every run picks the same. A
 * fragment a contract already governs is passed over: it has its interface.
 */
export function mostSharedFragment(graph: PromptGraph): SharedFragment | undefined {
  const inCycle = new Set(findIncludeCycles(graph.result.edges).flatMap((loop) => loop.members));
  // One dependent is enough here: a starter contract is an offer, where scan's list shows fragments two or more depend on.
  const ranked = sharedFragments(graph)
    .filter((entry) => entry.node.file !== '' && !graph.incoming(entry.node.id, ['governs']).length)
    .filter((entry) => entry.dependents > 0);
  const tier = (entry: SharedFragment): number => (inCycle.has(entry.node.id) ? 2 : entry.consumers ? 0 : 1);
  ranked.sort(
    (left, right) =>
      tier(left) - tier(right) || right.dependents - left.dependents || (left.node.id < right.node.id ? -1 : 1),
  );
  return ranked[0];
}
