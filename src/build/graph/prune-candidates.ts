import type { GraphEdge } from '../../model/schema/scan-result.js';
import type { IndexedUnit } from '../resolve/unit-index.js';
import { textNodeId } from '../../model/node-ids.js';

/**
 * Candidate units (a constant that may be a tag name, a function that may build a
 * prompt) are kept only when they take part in prompt flow: a candidate text is
 * kept when a kept unit includes it or a consumer consumes it; a candidate consumer
 * is kept when it consumes something; a `throughCall` unit (the result of an
 * imported function's call) is no candidate at all unless that call resolved to text. A loader standing in for a text constant
 * (`const template = readFileSync(…)`, see `insteadOf`) is kept only when that
 * text is not: a read that reaches no prompt text and no model is a load. Returns
 * the ids to keep.
 */
export function keptUnitIds(
  units: Iterable<IndexedUnit>,
  edges: GraphEdge[],
  alwaysKept: Iterable<string>,
): Set<string> {
  const outgoing = new Map<string, GraphEdge[]>();
  for (const edge of edges) {
    const list = outgoing.get(edge.from) ?? [];
    list.push(edge);
    outgoing.set(edge.from, list);
  }

  const all = [...units];
  const notText = callResultsNotText(all, outgoing);
  const kept = new Set<string>(alwaysKept);
  const candidates = new Set<string>();
  const standIns = new Map<string, string>();
  for (const unit of all) {
    if (notText.has(unit.id)) continue;
    if (unit.unit.insteadOf !== undefined) standIns.set(unit.id, textNodeId(unit.file, unit.unit.insteadOf));
    (unit.unit.candidate || unit.unit.insteadOf !== undefined ? candidates : kept).add(unit.id);
  }
  const consumesSomething = (id: string) =>
    outgoing.get(id)?.some((edge) => edge.kind === 'consumes' && !notText.has(edge.to)) ?? false;
  // A candidate consumer is real when it consumes something.
  for (const id of candidates) {
    if (id.startsWith('consumer:') && !standIns.has(id) && consumesSomething(id)) kept.add(id);
  }
  const spread = (queue: string[]) => {
    while (queue.length) {
      const id = queue.pop()!;
      for (const edge of outgoing.get(id) ?? []) {
        if ((edge.kind === 'includes' || edge.kind === 'consumes') && candidates.has(edge.to) && !kept.has(edge.to)) {
          kept.add(edge.to);
          queue.push(edge.to);
        }
      }
    }
  };
  spread([...kept]);
  // Decided once the texts are settled: keeping a loader keeps the file it reads, never the text it stands in for.
  const loaders = [...standIns].filter(([id, textId]) => !kept.has(textId) && consumesSomething(id)).map(([id]) => id);
  for (const id of loaders) kept.add(id);
  spread(loaders);
  return kept;
}

/**
 * The `throughCall` units (the result of a call the adapter could not see into)
 * that are no text: their call, the include whose placeholder is their whole
 * text, resolved to nothing, or only to another such unit that is no text.
 */
function callResultsNotText(units: IndexedUnit[], outgoing: ReadonlyMap<string, GraphEdge[]>): Set<string> {
  const pending = new Map(units.filter((unit) => unit.unit.throughCall).map((unit) => [unit.id, unit]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, { unit }] of pending) {
      if (
        !outgoing
          .get(id)
          ?.some((edge) => edge.kind === 'includes' && edge.placeholder === unit.text && !pending.has(edge.to))
      )
        continue;
      pending.delete(id);
      changed = true;
    }
  }
  return new Set(pending.keys());
}
