import type { Diagnostic } from '../../model/schema/common.js';
import type { PromptGraph } from '../graph/prompt-graph.js';
import { composeText } from './compose-text.js';
import { composeVariants } from './compose-variants.js';
import { cachedRender, renderKey, type RenderOutcome } from './render/render-cache.js';
import { engineOf } from './render/template-engines.js';
import { templateSources } from './render/template-sources.js';
import { unrenderable } from './render/include-cycle-from.js';
import { compareText } from '../../model/compare-text.js';
import { MAX_COMPOSED_LENGTH, MAX_INCLUDE_DEPTH } from './composition-limits.js';
import { includeTreeFacts } from './render/include-tree-facts.js';
import { includedFirst } from './included-first.js';

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
  /** Units composition stopped short in (`composition-limits.ts`), with the limit's diagnostic. */
  private readonly limited = new Map<string, Diagnostic>();

  constructor(private readonly graph: PromptGraph) {}

  text(id: string): string {
    const known = this.texts.get(id);
    if (known !== undefined) return known;
    // Every unit of the include tree not composed yet, included units first: composing one then finds the
    // texts of what it includes ready, and never recurses through here (a 5,000-link chain would run out
    // of stack). Each holds its own text until composed: an include cycle reads that at the repeat.
    const pending = includedFirst(this.graph, id, (member) => this.texts.has(member));
    for (const member of pending) this.texts.set(member, this.graph.node(member)?.text ?? '');
    for (const member of pending) this.texts.set(member, this.rendered(member)?.text ?? this.concatenated(member));
    return this.texts.get(id)!;
  }

  /**
   * The composed texts of each branch (see `composeVariants`), an included template
   * standing in as its rendered text as in `text`; undefined where nothing branches.
   */
  variants(id: string): string[] | undefined {
    if (engineOf(this.graph.node(id))) return undefined;
    return composeVariants(this.graph, id, { textOf: (target) => this.rendering(target) });
  }

  /**
   * One `render-failed` info per unit whose engine failed, and one `include-too-deep` or
   * `composed-text-too-long` warning per unit composition stopped short in, sorted by file and line.
   */
  diagnostics(ids?: Iterable<string>): Diagnostic[] {
    const wanted = ids ? new Set(ids) : undefined;
    const limits = [...this.limited].filter(([id]) => !wanted || wanted.has(id)).map(([, diagnostic]) => diagnostic);
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
      .concat(limits)
      .sort((left, right) => compareText(left.file, right.file) || left.line - right.line);
  }

  private rendered(id: string): RenderOutcome | undefined {
    const node = this.graph.node(id);
    const engine = engineOf(node);
    if (!engine) return undefined;
    // Past the include depth a template is neither rendered nor concatenated: its text is its own, so a
    // chain of any length costs its length (rendering each unit's whole chain was quadratic, and nunjucks
    // ran out of stack at about 285 levels).
    const height = includeTreeFacts(this.graph, id, engine.nestsTooDeep).height;
    if (height > MAX_INCLUDE_DEPTH) {
      this.stoppedShort(id, 'include-depth', height);
      return { text: node?.text ?? '' };
    }
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
    return composeText(this.graph, id, {
      textOf: (target) => this.rendering(target),
      onLimit: (limit) => this.stoppedShort(id, limit),
    });
  }

  private stoppedShort(id: string, limit: 'include-depth' | 'composed-length', height?: number): void {
    const node = this.graph.node(id);
    if (!node || this.limited.has(id)) return;
    this.limited.set(id, {
      severity: 'warning',
      code: limit === 'include-depth' ? 'include-too-deep' : 'composed-text-too-long',
      file: node.file,
      line: node.range.start,
      message:
        limit === 'include-depth' && height !== undefined
          ? `${id}'s includes nest ${height} deep, more than the limit of ${MAX_INCLUDE_DEPTH}: it is not rendered, and its composed text is its own, includes as written`
          : limit === 'include-depth'
            ? `${id} includes units more than ${MAX_INCLUDE_DEPTH} levels deep: its composed text keeps the includes below that level as written`
            : `${id} composes to more than ${MAX_COMPOSED_LENGTH.toLocaleString('en-US')} characters: its composed text keeps the remaining includes as written`,
    });
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
