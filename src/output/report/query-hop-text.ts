import type { QueryHop, QueryNode } from '../../model/schema/graph-query.js';

/** A hop read forward, from the dependency: `→ included by X`. */
const FORWARD: Record<QueryHop['kind'], string> = {
  includes: 'included by',
  consumes: 'consumed by',
  feeds: 'feeds',
  owns: 'owned by',
  governs: 'governed by',
  evaluates: 'evaluated by',
};

/** A hop read backward, from the dependent: `← includes X`. */
const BACKWARD: Record<QueryHop['kind'], string> = {
  includes: 'includes',
  consumes: 'consumes',
  feeds: 'fed by',
  owns: 'owns',
  governs: 'governs',
  evaluates: 'evaluates',
};

/** Where the reference of a hop is written, `file:line`, or '' when it is written nowhere (an agent reading its file). */
export const hopWhere = (hop: QueryHop): string => (hop.file ? `${hop.file}${hop.line ? `:${hop.line}` : ''}` : '');

export const forwardVerb = (hop: QueryHop): string => FORWARD[hop.kind];
export const backwardVerb = (hop: QueryHop): string => BACKWARD[hop.kind];

/** A node's place for a header line: `kind repository:file:line`. */
export const nodePlaceText = (node: QueryNode): string => {
  const where = node.file ? `${node.repository ? `${node.repository}:` : ''}${node.file}:${node.range.start}` : '';
  return where ? `${node.kind} ${where}` : node.kind;
};
