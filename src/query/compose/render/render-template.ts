import type { PromptGraph } from '../../graph/prompt-graph.js';
import { composedTexts } from '../composed-texts.js';
import { engineOf } from './template-engines.js';
import { templateSources } from './template-sources.js';
import { unrenderable } from './include-cycle-from.js';

/**
 * A template unit rendered with given variable values, as its format's
 * runtime would with the same values (variables not given stay markers).
 * Undefined for a unit no engine renders. Throws the engine's error; the
 * composed text (`composedTexts`) is what falls back instead.
 */
export function renderTemplate(graph: PromptGraph, id: string, variables: Record<string, unknown>): string | undefined {
  const engine = engineOf(graph.node(id));
  if (!engine) return undefined;
  const refused = unrenderable(graph, id, engine);
  if (refused) throw new Error(`${id} cannot be rendered: ${refused}`);
  const texts = composedTexts(graph);
  return engine.render(
    templateSources(graph, engine.tags, (target) => texts.text(target)),
    id,
    variables,
  );
}
