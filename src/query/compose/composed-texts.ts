import type { Diagnostic } from '../../model/schema/common.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { composeText } from './compose-text.js';
import { composeVariants } from './compose-variants.js';
import { cachedRender, renderKey, type RenderOutcome } from './render/render-cache.js';
import { engineOf } from './render/template-engines.js';
import { templateSources } from './render/template-sources.js';
import { unrenderable } from './render/include-cycle-from.js';
import { compareText } from '../../model/compare-text.js';

/**
 * The text a model receives for each unit of one graph, computed once per unit:
 * a template (Jinja, Prompty, Handlebars, Mustache, Dotprompt, POML) rendered
 * by its format's engine over the graph's texts, variables nobody supplied left
 * as `{{name}}` markers; code and plain text composed by placeholder
 * replacement and through calls (`composeText`), an included template
 * standing in as its rendered text. When an engine fails (a filter it lacks, a
 * custom tag) the unit keeps the concatenated text and `diagnostics` says why,
 * as a `render-failed` info at the unit's file and first line.
 */
export class ComposedTexts {
  private readonly texts = new Map<string, string>();
  private readonly failures = new Map<string, string>();

  constructor(private readonly graph: PromptGraph) {}

  text(id: string): string {
    const known = this.texts.get(id);
    if (known !== undefined) return known;
    // Set before composing: an include cycle through an engine reads the unit's own text at the repeat.
    this.texts.set(id, this.graph.node(id)?.text ?? '');
    const text = this.rendered(id)?.text ?? this.concatenated(id);
    this.texts.set(id, text);
    return text;
  }

  /**
   * The composed texts of each branch (see `composeVariants`), an included template
   * standing in as its rendered text as in `text`; undefined where nothing branches.
   */
  variants(id: string): string[] | undefined {
    if (engineOf(this.graph.node(id))) return undefined;
    return composeVariants(this.graph, id, { textOf: (target) => this.rendering(target) });
  }

  /** One `render-failed` info per unit whose engine failed, sorted by file and line. */
  diagnostics(ids?: Iterable<string>): Diagnostic[] {
    const wanted = ids ? new Set(ids) : undefined;
    return [...this.failures]
      .filter(([id]) => !wanted || wanted.has(id))
      .map(([id, cause]): Diagnostic => {
        const node = this.graph.node(id)!;
        return {
          severity: 'info',
          code: 'render-failed',
          file: node.file,
          line: node.range.start,
          message: `${engineOf(node)?.name ?? node.format} could not render ${id} (${cause}); its composed text is the concatenated source, includes in place`,
        };
      })
      .sort((left, right) => compareText(left.file, right.file) || left.line - right.line);
  }

  private rendered(id: string): RenderOutcome | undefined {
    const node = this.graph.node(id);
    const engine = engineOf(node);
    if (!engine) return undefined;
    const outcome = cachedRender(renderKey(this.graph, engine.name, id), () => {
      const refused = unrenderable(this.graph, id, engine);
      if (refused) return { text: this.concatenated(id), failure: refused };
      try {
        const sources = templateSources(this.graph, engine.tags, (target) => this.text(target));
        return { text: engine.render(sources, id) };
      } catch (error) {
        return { text: this.concatenated(id), failure: firstLine(error) };
      }
    });
    if (outcome.failure) this.failures.set(id, outcome.failure);
    return outcome;
  }

  private concatenated(id: string): string {
    return composeText(this.graph, id, { textOf: (target) => this.rendering(target) });
  }

  /** An included template's rendered text; undefined for code and plain text, which compose by placeholders. */
  private rendering(target: string): string | undefined {
    return engineOf(this.graph.node(target)) ? this.text(target) : undefined;
  }
}

const sessions = new WeakMap<PromptGraph, ComposedTexts>();

/** The composed texts of a graph, shared by every query asking for them. */
export function composedTexts(graph: PromptGraph): ComposedTexts {
  const known = sessions.get(graph);
  if (known) return known;
  const session = new ComposedTexts(graph);
  sessions.set(graph, session);
  return session;
}

/** An engine's error as one line: nunjucks prefixes `(unknown path)` and a newline. */
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && line !== '(unknown path)');
  return (lines.at(-1) ?? 'unknown error').replace(/^Error: /, '');
}
