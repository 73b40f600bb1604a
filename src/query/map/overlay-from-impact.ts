import type { ImpactResult } from '../../model/schema/impact-result.js';
import type { MapOverlay } from '../../model/map-data.js';

/** The map's change overlay from an impact result: changed and affected node ids. */
export function overlayFromImpact(result: ImpactResult): MapOverlay {
  return { changed: result.changed.map((node) => node.id), affected: result.affected.map((node) => node.id) };
}
