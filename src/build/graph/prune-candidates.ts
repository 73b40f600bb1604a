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
 * text is not: a read that reaches no prompt text and no model is a load. A candidate
 * that is only another name for a kept prompt (`shell_cmd_prompt = shell.shell_cmd_prompt`
 * in a prompts class) is that prompt under its own name, kept too. Returns
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
  keepAliases(all, candidates, kept, outgoing, spread);
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

/**
 * Keeps each candidate whose whole text is one include of a kept unit (an alias),
 * until none is left: an alias of an alias is kept once the first one is.
 */
function keepAliases(
  all: IndexedUnit[],
  candidates: Set<string>,
  kept: Set<string>,
  outgoing: ReadonlyMap<string, GraphEdge[]>,
  spread: (queue: string[]) => void,
): void {
  for (let changed = true; changed; ) {
    changed = false;
    for (const { id, unit } of all) {
      if (!candidates.has(id) || kept.has(id) || unit.role !== 'text' || unit.insteadOf !== undefined) continue;
      const includes = outgoing.get(id)?.filter((edge) => edge.kind === 'includes') ?? [];
      const only = includes.length === 1 ? includes[0]! : undefined;
      // Another unit of code (`file#symbol`), not a file read: a constant holding a loaded file stays its loader.
      if (!only || only.placeholder !== unit.text || !only.to.includes('#') || !kept.has(only.to)) continue;
      kept.add(id);
      spread([id]);
      changed = true;
    }
  }
}
