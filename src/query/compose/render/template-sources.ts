import type { PromptGraph } from '../../graph/prompt-graph.js';
import { expansionsOf } from '../../../model/include-expansions.js';
import { replacePlaceholders } from '../replace-placeholders.js';

/** What an engine asks of the graph while it renders: the source of a template, and which node a tag names. */
export interface TemplateSources {
  /** The text the engine reads for `id`: the unit's own text, with every include the engine does not resolve itself already replaced by that unit's composed text. */
  source(id: string): string;
  /** The node a template tag of `parentId` names (`{% include "x.j2" %}`, `{{> persona}}`), by the include edge whose placeholder is that tag. */
  resolve(parentId: string, name: string): string | undefined;
}

/** Recognises an engine's own include tags among a unit's include placeholders, and reads the name a tag loads. */
export interface IncludeTags {
  isTag(placeholder: string): boolean;
  /** Every name the tag may load (a Jinja list, an `import`'s file); empty when it names nothing literally. */
  names(placeholder: string): string[];
}

/** Thrown when a template names something the graph does not hold; the caller falls back to concatenated text. */
export class MissingTemplate extends Error {}

/**
 * Template sources over a scanned graph: every template an engine loads is a
 * node's text, found through the include edges the resolver made, so the
 * engine sees exactly the tree the graph records (nearest-first lookup and all)
 * and never reads a file. `composed(id)` gives the composed text of a unit the
 * engine does not read itself (a registry reference, a configured include).
 */
export function templateSources(
  graph: PromptGraph,
  tags: IncludeTags,
  composed: (id: string) => string | undefined,
): TemplateSources {
  return {
    source(id) {
      const text = graph.node(id)?.text;
      if (text === undefined) throw new MissingTemplate(`${id} has no text`);
      const replacements = new Map<string, () => string>();
      for (const edge of graph.outgoing(id, ['includes'])) {
        for (const { placeholder } of expansionsOf(edge)) {
          if (tags.isTag(placeholder) || replacements.has(placeholder)) continue;
          // A unit without text (a registry prompt) keeps its reference visible, as concatenation does.
          replacements.set(placeholder, () =>
            graph.node(edge.to)?.text === undefined ? placeholder : (composed(edge.to) ?? placeholder),
          );
        }
      }
      return replacePlaceholders(text, replacements);
    },
    resolve(parentId, name) {
      for (const edge of graph.outgoing(parentId, ['includes'])) {
        if (edge.placeholder && tags.isTag(edge.placeholder) && tags.names(edge.placeholder).includes(name))
          return graph.node(edge.to)?.text === undefined ? undefined : edge.to;
      }
      return undefined;
    },
  };
}
