import type { GraphEdge } from '../schema/scan-result.js';
import type { IndexedUnit } from '../resolve/unit-index.js';

/**
 * Candidate units (a constant that may be a tag name, a function that may build a
 * prompt) are kept only when they take part in prompt flow: a candidate text is
 * kept when a kept unit includes it or a consumer consumes it; a candidate consumer
 * is kept when it consumes something. Returns the ids to keep.
 */
export function keptUnitIds(units: Iterable<IndexedUnit>, edges: GraphEdge[], alwaysKept: Iterable<string>): Set<string> {
  const kept = new Set<string>(alwaysKept);
  const candidates = new Set<string>();
  for (const unit of units) (unit.unit.candidate ? candidates : kept).add(unit.id);

  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }
  // A candidate consumer is real when it consumes something.
  for (const id of candidates) {
    if (id.startsWith('consumer:') && outgoing.get(id)?.some((edge) => edge.kind === 'consumes')) kept.add(id);
  }
  const queue = [...kept];
  while (queue.length) {
    const id = queue.pop()!;
    for (const edge of outgoing.get(id) ?? []) {
      if ((edge.kind === 'includes' || edge.kind === 'consumes') && candidates.has(edge.to) && !kept.has(edge.to)) {
        kept.add(edge.to);
        queue.push(edge.to);
      }
    }
  }
  return kept;
}
