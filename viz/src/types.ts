import type { MapData, MapNode, MapContract } from '../../src/model/map-data.js';

export type { MapData, MapNode, MapContract };
export type NodeKind = MapNode['kind'];
export type ViewName = 'layered' | 'force';
export type Direction = 'both' | 'up' | 'down';

/** Node kinds in the order the legend, filters and layered columns use. */
export const KIND_ORDER: NodeKind[] = ['fragment', 'prompt', 'consumer', 'contract', 'eval'];
