import type { AffectedNode, ImpactResult, TeamImpact } from '../../model/schema/impact-result.js';

/**
 * Shared wording for possible consumers (flows lost statically), so text, Markdown
 * and the map say the same thing: they are listed apart from what a traced flow
 * reaches, each with where its flow was lost.
 */
export function affectedByCertainty(result: Pick<ImpactResult, 'affected'>): {
  certain: AffectedNode[];
  possible: AffectedNode[];
} {
  return {
    certain: result.affected.filter((node) => node.certainty !== 'possible'),
    possible: result.affected.filter((node) => node.certainty === 'possible'),
  };
}

/** `possible, via interface ModelClient.complete`: what a possible node's line says after its kind. */
export const possibleLabel = (node: Pick<AffectedNode, 'possibleVia'>): string =>
  node.possibleVia?.length ? `possible, via ${node.possibleVia.join('; ')}` : 'possible (flow lost statically)';

/** `1 changed, 2 affected, 1 possible`: the possible count only when there is one. */
export const ownerCounts = (owner: Pick<TeamImpact, 'changed' | 'affected' | 'possible'>): string =>
  `${owner.changed.length} changed, ${owner.affected.length} affected${owner.possible?.length ? `, ${owner.possible.length} possible` : ''}`;
