/** How one branch of a text with several (a function with several returns) changed. */
export interface VariantChange {
  /** 1-based, in source order at the head; at the base for a removed branch. */
  branch: number;
  change: 'unchanged' | 'changed' | 'added' | 'removed';
  base?: string;
  head?: string;
}

/**
 * Matches the composed branches of a text at base and head as sets: a branch
 * whose text is on both sides is unchanged wherever it moved; the others pair up
 * in source order as changed, and what is left over was added or removed. So an
 * edit of one branch shows as that branch alone, however the others are ordered
 * or which one is the longest.
 */
export function matchVariants(base: readonly string[], head: readonly string[]): VariantChange[] {
  const unmatchedBase = base.map((text, index) => ({ text, index }));
  const kept = head.map((text) => {
    const at = unmatchedBase.findIndex((entry) => entry.text === text);
    if (at < 0) return false;
    unmatchedBase.splice(at, 1);
    return true;
  });
  const changes: VariantChange[] = [];
  for (const [index, text] of head.entries()) {
    const paired = kept[index] ? undefined : unmatchedBase.shift();
    changes.push(
      kept[index]
        ? { branch: index + 1, change: 'unchanged', base: text, head: text }
        : paired
          ? { branch: index + 1, change: 'changed', base: paired.text, head: text }
          : { branch: index + 1, change: 'added', head: text },
    );
  }
  for (const removed of unmatchedBase)
    changes.push({ branch: removed.index + 1, change: 'removed', base: removed.text });
  return changes;
}
