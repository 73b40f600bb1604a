import type { AffectedNode, ChangeClass, ChangedNode, ImpactResult } from '../../model/schema/impact-result.js';

/** The classes that mean the composed text itself changed (`code` and `output` leave it as it was). */
const TEXT_CLASSES: ReadonlySet<ChangeClass> = new Set([
  'added',
  'removed',
  'renamed',
  'whitespace',
  'wording',
  'variables',
  'structure',
]);

export type ReleaseTarget = (ChangedNode | AffectedNode) & { change: 'direct' | 'included' };

/**
 * The prompts a release report lists: every prompt, changed directly or reached
 * through a fragment it includes, whose composed text differs between the two
 * revisions. Fragments appear through the prompts that include them; a prompt
 * whose front matter or contract changed but whose text did not is left out.
 */
export function releaseTargets(result: ImpactResult): ReleaseTarget[] {
  const changedText = (node: ChangedNode | AffectedNode) =>
    node.kind === 'prompt' && node.file !== '' && node.classification.some((entry) => TEXT_CLASSES.has(entry));
  return [
    ...result.changed.filter(changedText).map((node) => ({ ...node, change: 'direct' as const })),
    ...result.affected.filter(changedText).map((node) => ({ ...node, change: 'included' as const })),
  ].sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
}
