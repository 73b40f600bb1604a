import type HandlebarsApi from 'handlebars';
import { lazyRequire } from '../../../model/lazy-require.js';
import { DOTPROMPT_HELPERS, dotpromptText } from './dotprompt-messages.js';
import { MissingTemplate, type IncludeTags, type TemplateSources } from './template-sources.js';
import { unknownValue } from './unknown-value.js';

const handlebars = lazyRequire<typeof HandlebarsApi>('handlebars');

const PARTIAL = /^\{\{~?#?>\s*(?:"([^"]+)"|'([^']+)'|\[([^\]]+)\]|([^\s}~()]+))/;

/** Handlebars partial tags: `{{> name}}`, `{{#> layout}}`, quoted or bracketed names. */
export const HANDLEBARS_TAGS: IncludeTags = {
  isTag: (placeholder) => PARTIAL.test(placeholder),
  names: (placeholder) => {
    const match = PARTIAL.exec(placeholder);
    return match ? [match[1] ?? match[2] ?? match[3] ?? match[4]!] : [];
  },
};

export interface HandlebarsOptions {
  /** Dotprompt: `noEscape`, its built-in helpers only, and the rendered messages written out as text. */
  dotprompt: boolean;
  /** Values for template variables; any other variable renders as its `{{name}}` marker. */
  variables?: Record<string, unknown>;
}

/**
 * Renders a Handlebars (or Mustache, or Dotprompt) template with Handlebars,
 * every partial it reaches registered under the name it is called by, so
 * `{{#> layout}}…{{/layout}}` wraps its content as at run time. Plain
 * Handlebars escapes HTML as `Handlebars.compile` does by default; Dotprompt
 * compiles as the `dotprompt` package does (no escaping, only its helpers).
 */
export function renderHandlebars(sources: TemplateSources, rootId: string, options: HandlebarsOptions): string {
  const engine = handlebars().create();
  const registered = new Set<string>();
  const register = (id: string) => {
    for (const name of partialNames(sources.source(id))) {
      if (registered.has(name)) continue;
      const target = sources.resolve(id, name);
      if (target === undefined) continue;
      registered.add(name);
      engine.registerPartial(name, sources.source(target));
      register(target);
    }
  };
  register(rootId);
  if (options.dotprompt)
    for (const [name, helper] of Object.entries(DOTPROMPT_HELPERS)) engine.registerHelper(name, helper);
  const source = sources.source(rootId);
  const template = engine.compile(options.dotprompt ? source.trim() : source, {
    ...(options.dotprompt
      ? {
          noEscape: true,
          knownHelpers: Object.fromEntries(Object.keys(DOTPROMPT_HELPERS).map((name) => [name, true])),
          knownHelpersOnly: true,
        }
      : {}),
  });
  const rendered = template(withUnknowns(options.variables ?? {}));
  return options.dotprompt ? dotpromptText(rendered) : rendered;
}

/** Every partial a template calls, by name: the names its include tags load. */
function partialNames(source: string): string[] {
  return [...source.matchAll(/\{\{~?#?>[^}]*\}\}/g)].flatMap((match) => HANDLEBARS_TAGS.names(match[0]));
}

/** The root context: the given values, and a marker for any other name (Handlebars asks `hasOwnProperty` first). */
function withUnknowns(variables: Record<string, unknown>): Record<string, unknown> {
  return new Proxy(variables, {
    get: (target, key) =>
      typeof key === 'symbol' || key in target
        ? (target as Record<PropertyKey, unknown>)[key]
        : key === 'toHTML'
          ? undefined
          : unknownValue(key),
    getOwnPropertyDescriptor: (target, key) =>
      Object.getOwnPropertyDescriptor(target, key) ??
      (typeof key === 'string'
        ? { value: unknownValue(key), writable: true, enumerable: false, configurable: true }
        : undefined),
  });
}

export { MissingTemplate };
